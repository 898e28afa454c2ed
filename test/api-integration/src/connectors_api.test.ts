import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDataDir, startKibana, startTestPostgres, type KibanaProcess, type TestPostgres } from '@kbn/test';

const probe = join(__dirname, '..', 'test_fixtures', 'plugins', 'actions_probe');
const headers = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };

/** kibana.yml with two preconfigured connectors, as a user would write it. */
const kibanaYml = (runs: string) => `
server.host: 127.0.0.1
xpack.encryptedSavedObjects.encryptionKey: "a-test-encryption-key-of-32-chars!!"
xpack.actions.preconfigured:
  ops-probe:
    name: Ops probe
    actionTypeId: .probe
  exposed-probe:
    name: Exposed probe
    actionTypeId: .probe
    exposeConfig: true
# ${runs}
`;

describe.each(['sqlite', 'postgres'] as const)('the connectors API of the real server [%s]', (store) => {
  const dataDir = createTestDataDir('kbn-connectors-api-');
  const runs = join(dataDir.path, 'runs.log');
  let postgres: TestPostgres | undefined;
  let kibana: KibanaProcess;
  let url: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  beforeAll(async () => {
    if (store === 'postgres') postgres = await startTestPostgres();
    const config = join(dataDir.path, 'kibana.yml');
    writeFileSync(config, kibanaYml(runs));
    kibana = startKibana(['--config', config, '--plugin-path', probe, '--server.port=0', `--path.data=${join(dataDir.path, 'data')}`, ...(postgres ? [`--storage.url=${postgres.url}`] : [])]);
    url = await kibana.ready;
  }, 60_000);
  afterAll(async () => {
    kibana.child.kill('SIGTERM');
    await kibana.exited;
    await postgres?.stop();
    dataDir.cleanup();
  });

  test('create, get, get all, update, execute and delete', async () => {
    const created = await api('POST', '/api/actions/connector/my-probe', { name: 'My probe', connector_type_id: '.probe' });
    expect(created).toEqual({
      status: 200,
      body: {
        id: 'my-probe',
        name: 'My probe',
        connector_type_id: '.probe',
        config: {},
        is_missing_secrets: false,
        is_preconfigured: false,
        is_deprecated: false,
        is_system_action: false,
        is_connector_type_deprecated: false,
      },
    });
    expect((await api('GET', '/api/actions/connector/my-probe')).body).toEqual(created.body);
    const all = (await api('GET', '/api/actions/connectors')).body as unknown as Array<Record<string, unknown>>;
    expect(all.map((connector) => connector.id)).toEqual(['exposed-probe', 'my-probe', 'ops-probe']);
    expect(all[2]).toEqual({
      id: 'ops-probe',
      name: 'Ops probe',
      connector_type_id: '.probe',
      is_preconfigured: true,
      is_deprecated: false,
      is_system_action: false,
      is_connector_type_deprecated: false,
      referenced_by_count: 0,
    });
    expect(all[0]).toMatchObject({ id: 'exposed-probe', config: {} });
    expect((await api('PUT', '/api/actions/connector/my-probe', { name: 'Renamed probe' })).body).toMatchObject({ name: 'Renamed probe' });
    const executed = await api('POST', '/api/actions/connector/my-probe/_execute', { params: { file: runs, run: 'now' } });
    expect(executed).toEqual({ status: 200, body: { status: 'ok', connector_id: 'my-probe' } });
    expect(readFileSync(runs, 'utf8')).toBe('now\n');
    expect(await api('DELETE', '/api/actions/connector/my-probe')).toEqual({ status: 204, body: undefined });
    expect((await api('GET', '/api/actions/connector/my-probe')).status).toBe(404);
  });

  test('preconfigured connectors are read-only, and their ids taken', async () => {
    expect(await api('PUT', '/api/actions/connector/ops-probe', { name: 'x' })).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: 'Preconfigured action ops-probe can not be updated.' },
    });
    expect((await api('DELETE', '/api/actions/connector/ops-probe')).body).toMatchObject({ message: 'Preconfigured action ops-probe is not allowed to delete.' });
    expect((await api('POST', '/api/actions/connector/ops-probe', { name: 'x', connector_type_id: '.probe' })).body).toMatchObject({
      statusCode: 400,
      message: 'This ops-probe already exists in a preconfigured action.',
    });
    expect((await api('POST', '/api/actions/connector/ops-probe/_execute', { params: { file: runs, run: 'preconfigured' } })).body).toEqual({
      status: 'ok',
      connector_id: 'ops-probe',
    });
  });

  test('connector types and spaces', async () => {
    const types = (await api('GET', '/api/actions/connector_types?feature_id=alerting')).body as unknown as Array<{ id: string }>;
    expect(types.map((type) => type.id)).toContain('.probe');
    expect((await api('POST', '/api/spaces/space', { id: 'space-1', name: 'Space 1' })).status).toBe(200);
    await api('POST', '/s/space-1/api/actions/connector/in-space', { name: 'In space', connector_type_id: '.probe' });
    expect((await api('GET', '/s/space-1/api/actions/connector/in-space')).status).toBe(200);
    expect((await api('GET', '/api/actions/connector/in-space')).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Saved object [action/in-space] not found' });
    const inSpace = (await api('GET', '/s/space-1/api/actions/connectors')).body as unknown as Array<{ id: string }>;
    expect(inSpace.map((connector) => connector.id)).toEqual(['exposed-probe', 'in-space', 'ops-probe']);
  });
});
