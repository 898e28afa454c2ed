import {
  connectorExecuteResponseCodec,
  connectorIdAvailabilityResponseCodec,
  connectorResponseCodec,
  decodeOrThrow,
  errorResponseBodyCodec,
  getAllConnectorTypesResponseCodec,
  getAllConnectorsResponseCodec,
} from '@kbn/actions-common';
import { describeEachStore } from '@kbn/test';
import { startActionsTestServer, type ActionsTestServer } from '../test_support/actions_test_server.mock';

const preconfigured = {
  'xpack.actions.preconfigured': {
    'my-log': { name: 'Preconfigured log', actionTypeId: '.test-log' },
    'exposed-http': { name: 'Exposed http', actionTypeId: '.test-http', config: { url: 'http://127.0.0.1:1/x' }, secrets: { token: 't' }, exposeConfig: true },
  },
};

describeEachStore('connectors API', (getStore) => {
  let server: ActionsTestServer;

  beforeAll(async () => {
    server = await startActionsTestServer(getStore(), preconfigured);
  }, 60_000);
  afterAll(() => server?.stop());

  test('create with an id, get, update and delete, in Kibana’s shapes', async () => {
    const created = await server.api('POST', '/api/actions/connector/my-http', {
      name: 'My HTTP',
      connector_type_id: '.test-http',
      config: { url: 'https://example.com/hook' },
      secrets: { token: 'top-secret' },
    });
    expect(created).toEqual({
      status: 200,
      body: {
        id: 'my-http',
        name: 'My HTTP',
        connector_type_id: '.test-http',
        config: { url: 'https://example.com/hook' },
        is_missing_secrets: false,
        is_preconfigured: false,
        is_deprecated: false,
        is_system_action: false,
        is_connector_type_deprecated: false,
      },
    });
    expect(await server.api('GET', '/api/actions/connector/my-http')).toEqual(created);
    const updated = await server.api('PUT', '/api/actions/connector/my-http', { name: 'Renamed', config: { url: 'https://example.com/v2' }, secrets: { token: 'new' } });
    expect(updated.body).toMatchObject({ id: 'my-http', name: 'Renamed', config: { url: 'https://example.com/v2' }, connector_type_id: '.test-http' });
    expect(await server.api('DELETE', '/api/actions/connector/my-http')).toEqual({ status: 204, body: undefined });
    expect(await server.api('GET', '/api/actions/connector/my-http')).toEqual({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Saved object [action/my-http] not found' },
    });
  });

  test('secrets are encrypted at rest and never in a response', async () => {
    const created = await server.api('POST', '/api/actions/connector', { name: 'S', connector_type_id: '.test-http', config: { url: 'https://e.com' }, secrets: { token: 'do-not-show' } });
    const { id } = created.body as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    for (const response of [created, await server.api('GET', `/api/actions/connector/${id}`), await server.api('GET', '/api/actions/connectors')]) {
      expect(JSON.stringify(response.body)).not.toContain('do-not-show');
      expect(JSON.stringify(response.body)).not.toContain('"secrets"');
    }
    const raw = await server.core.savedObjects.createInternalRepository(['action']).get<{ secrets: unknown }>('action', id);
    expect(typeof raw.attributes.secrets).toBe('string');
    expect(raw.attributes.secrets).not.toContain('do-not-show');
  });

  test('get all: preconfigured included (config only when exposed), system actions only on the internal route, sorted by name', async () => {
    await server.api('POST', '/api/actions/connector/zeta', { name: 'zeta', connector_type_id: '.test-log' });
    await server.api('POST', '/api/actions/connector/alpha', { name: 'Alpha', connector_type_id: '.test-log' });
    const all = (await server.api('GET', '/api/actions/connectors')).body as Array<Record<string, unknown>>;
    const names = all.map((connector) => connector.name);
    expect(names).toEqual([...names].sort((a, b) => String(a).localeCompare(String(b), undefined, { sensitivity: 'base' })));
    expect(all.find((connector) => connector.id === 'my-log')).toEqual({
      id: 'my-log',
      name: 'Preconfigured log',
      connector_type_id: '.test-log',
      is_preconfigured: true,
      is_deprecated: false,
      is_system_action: false,
      is_connector_type_deprecated: false,
      referenced_by_count: 0,
    });
    expect(all.find((connector) => connector.id === 'exposed-http')).toMatchObject({ config: { url: 'http://127.0.0.1:1/x' } });
    expect(all.find((connector) => connector.id === 'alpha')).toMatchObject({ referenced_by_count: 0, is_missing_secrets: false });
    expect(all.some((connector) => connector.is_system_action)).toBe(false);
    const internal = (await server.api('GET', '/internal/actions/connectors')).body as Array<Record<string, unknown>>;
    expect(internal.find((connector) => connector.id === 'system-connector-.test-system')).toMatchObject({ is_system_action: true, name: 'Test system action' });
  });

  test.each([
    ['a duplicate id is 409', 'POST', '/api/actions/connector/dup', { name: 'x', connector_type_id: '.test-log' }, 409, 'Saved object [action/dup] conflict'],
    ['a preconfigured id is 400', 'POST', '/api/actions/connector/my-log', { name: 'x', connector_type_id: '.test-log' }, 400, 'This my-log already exists in a preconfigured action.'],
    ['an unknown type is 400', 'POST', '/api/actions/connector', { name: 'x', connector_type_id: '.nope' }, 400, 'Action type ".nope" is not registered.'],
    ['a system type is 400', 'POST', '/api/actions/connector', { name: 'x', connector_type_id: '.test-system' }, 400, 'System action creation is forbidden. Action type: .test-system.'],
    [
      'invalid config names the field',
      'POST',
      '/api/actions/connector',
      { name: 'x', connector_type_id: '.test-http', config: {}, secrets: { token: 't' } },
      400,
      'error validating connector type config: [url]: expected value of type [string] but got [undefined]',
    ],
    ['an empty name', 'POST', '/api/actions/connector', { name: ' ', connector_type_id: '.test-log' }, 400, "[request body.name]: value '' is not valid"],
    ['a bad id', 'POST', '/api/actions/connector/Bad_Id', { name: 'x', connector_type_id: '.test-log' }, 400, '[request params.id]: Connector ID must contain only lowercase letters, numbers, and hyphens.'],
    ['updating a preconfigured connector', 'PUT', '/api/actions/connector/my-log', { name: 'x' }, 400, 'Preconfigured action my-log can not be updated.'],
    ['deleting a preconfigured connector', 'DELETE', '/api/actions/connector/my-log', undefined, 400, 'Preconfigured action my-log is not allowed to delete.'],
    ['deleting a system action', 'DELETE', '/api/actions/connector/system-connector-.test-system', undefined, 400, 'System action system-connector-.test-system is not allowed to delete.'],
    ['updating a missing connector', 'PUT', '/api/actions/connector/missing', { name: 'x' }, 404, 'Saved object [action/missing] not found'],
  ])('%s', async (_name, method, path, body, status, message) => {
    if (path.endsWith('/dup')) await server.api('POST', path, body);
    const response = await server.api(method, path, body);
    expect(response.status).toBe(status);
    expect((response.body as { message: string }).message).toBe(message);
  });

  test('referenced_by_count counts the saved objects of the space that reference a connector', async () => {
    await server.api('POST', '/api/actions/connector/referenced', { name: 'Referenced', connector_type_id: '.test-log' });
    const repository = server.core.savedObjects.createInternalRepository();
    const references = [{ name: 'action_0', type: 'action', id: 'referenced' }];
    await repository.create('fixture-rule', { name: 'uses it' }, { references });
    await repository.create('fixture-rule', { name: 'uses it too' }, { references });
    await repository.create('fixture-rule', { name: 'in another space' }, { references, namespace: 'elsewhere' });
    const all = (await server.api('GET', '/api/actions/connectors')).body as Array<{ id: string; referenced_by_count: number }>;
    expect(all.find((connector) => connector.id === 'referenced')?.referenced_by_count).toBe(2);
  });

  test('responses decode with the shared io-ts codecs the browser uses', async () => {
    await server.api('POST', '/api/actions/connector/decoded', { name: 'Decoded', connector_type_id: '.test-log' });
    decodeOrThrow(connectorResponseCodec, (await server.api('GET', '/api/actions/connector/decoded')).body);
    decodeOrThrow(getAllConnectorsResponseCodec, (await server.api('GET', '/api/actions/connectors')).body);
    decodeOrThrow(getAllConnectorTypesResponseCodec, (await server.api('GET', '/api/actions/connector_types')).body);
    decodeOrThrow(connectorExecuteResponseCodec, (await server.api('POST', '/api/actions/connector/decoded/_execute', { params: { message: 'fail' } })).body);
    decodeOrThrow(connectorIdAvailabilityResponseCodec, (await server.api('GET', '/api/actions/connector/decoded/_check_availability')).body);
    decodeOrThrow(errorResponseBodyCodec, (await server.api('GET', '/api/actions/connector/nope')).body);
  });

  test('the type’s save and delete hooks run around the saved object, as Kibana runs them', async () => {
    const { hooks } = server.plugins.get('actionsFixture') as { hooks: string[] };
    await server.api('POST', '/api/actions/connector/hooked', { name: 'Hooked', connector_type_id: '.test-hooks', config: { label: 'one' } });
    await server.api('POST', '/api/actions/connector/hooked', { name: 'Hooked again', connector_type_id: '.test-hooks', config: { label: 'dup' } });
    await server.api('PUT', '/api/actions/connector/hooked', { name: 'Hooked', config: { label: 'two' } });
    await server.api('DELETE', '/api/actions/connector/hooked');
    expect(hooks).toEqual([
      'pre hooked one update=false',
      'post hooked update=false ok=true',
      'pre hooked dup update=false',
      'post hooked update=false ok=false',
      'pre hooked two update=true',
      'post hooked update=true ok=true',
      'deleted hooked two',
    ]);
  });

  test('writes need kbn-xsrf', async () => {
    const res = await fetch(`${server.url}/api/actions/connector`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' });
  });

  test('connector types in snake_case, filtered by feature; system types only internally', async () => {
    const types = (await server.api('GET', '/api/actions/connector_types')).body as Array<Record<string, unknown>>;
    expect(types.find((type) => type.id === '.test-log')).toEqual({
      id: '.test-log',
      name: 'Test log',
      enabled: true,
      enabled_in_config: true,
      enabled_in_license: true,
      minimum_license_required: 'basic',
      supported_feature_ids: ['alerting', 'cases'],
      is_system_action_type: false,
      is_deprecated: false,
    });
    expect(types.some((type) => type.id === '.test-system')).toBe(false);
    const cases = (await server.api('GET', '/api/actions/connector_types?feature_id=cases')).body as Array<{ id: string }>;
    expect(cases.map((type) => type.id)).toEqual(['.test-log']);
    const internal = (await server.api('GET', '/internal/actions/connector_types')).body as Array<{ id: string }>;
    expect(internal.map((type) => type.id)).toContain('.test-system');
  });

  test('connectors live in a space; preconfigured ones in every space', async () => {
    expect((await server.api('POST', '/api/spaces/space', { id: 'team-a', name: 'Team A' })).status).toBe(200);
    await server.api('POST', '/s/team-a/api/actions/connector/team-log', { name: 'Team log', connector_type_id: '.test-log' });
    expect((await server.api('GET', '/s/team-a/api/actions/connector/team-log')).status).toBe(200);
    expect((await server.api('GET', '/api/actions/connector/team-log')).status).toBe(404);
    const ids = ((await server.api('GET', '/s/team-a/api/actions/connectors')).body as Array<{ id: string }>).map((connector) => connector.id);
    expect(ids).toEqual(expect.arrayContaining(['team-log', 'my-log']));
    expect(ids).not.toContain('alpha');
  });

  test('_check_availability', async () => {
    expect((await server.api('GET', '/api/actions/connector/my-log/_check_availability')).body).toEqual({ connectorIdAvailable: false });
    expect((await server.api('GET', '/api/actions/connector/free-id/_check_availability')).body).toEqual({ connectorIdAvailable: true });
  });
});
