import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeEachStore } from '@kbn/test';
import type { EventLogServerStart } from '@kbn/event-log/server';
import { startActionsTestServer, type ActionsTestServer } from '../test_support/actions_test_server.mock';

interface ExecutionLogBody {
  total: number;
  data: Array<{ connector_id: string; status: string; message: string; source: string }>;
}

describeEachStore('POST /api/actions/connector/{id}/_execute', (getStore) => {
  let server: ActionsTestServer;
  let sink: Server;
  const received: Array<{ authorization?: string; userAgent?: string; body: string }> = [];

  beforeAll(async () => {
    sink = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, userAgent: req.headers['user-agent'], body });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
    server = await startActionsTestServer(getStore(), {
      'xpack.actions.preconfigured': { 'preset-log': { name: 'Preset', actionTypeId: '.test-log' } },
      'xpack.cloud.deployment_url': '/deployments/dep-42',
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => sink.close(resolve));
  });

  const execute = (id: string, params: Record<string, unknown>, prefix = '') => server.api('POST', `${prefix}/api/actions/connector/${id}/_execute`, { params });
  const flushEvents = () => (server.plugins.get('eventLog') as EventLogServerStart).flush();

  test('a successful run: data back, secrets used, the User-Agent names the deployment', async () => {
    const url = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/hook`;
    await server.api('POST', '/api/actions/connector/http-1', { name: 'Sink', connector_type_id: '.test-http', config: { url }, secrets: { token: 'tkn' } });
    expect(await execute('http-1', { body: 'hello' })).toEqual({ status: 200, body: { status: 'ok', connector_id: 'http-1', data: { status: 200 } } });
    expect(received.at(-1)).toMatchObject({ authorization: 'Bearer tkn', body: 'hello', userAgent: expect.stringMatching(/^axios\/[\d.]+ elastic \(deployment:dep-42\)$/) });
  });

  test('a failed run is 200 with status error; a throwing connector is an error result, not a crash', async () => {
    await server.api('POST', '/api/actions/connector/log-1', { name: 'Log', connector_type_id: '.test-log' });
    expect((await execute('log-1', { message: 'fail' })).body).toEqual({ status: 'error', connector_id: 'log-1', message: 'it failed', retry: false });
    expect(await execute('log-1', { message: 'throw' })).toEqual({
      status: 200,
      body: {
        status: 'error',
        connector_id: 'log-1',
        message: 'an error occurred while running the action',
        service_message: 'the connector blew up',
        retry: true,
        errorSource: 'framework',
      },
    });
    expect((await server.api('GET', '/api/status')).status).toBe(200);
  });

  test('invalid params: 200 with Kibana’s validation message', async () => {
    expect((await execute('preset-log', {})).body).toEqual({
      status: 'error',
      connector_id: 'preset-log',
      message: 'error validating action params: [message]: expected value of type [string] but got [undefined]',
      retry: false,
      errorSource: 'user',
    });
  });

  test('system actions cannot be executed over HTTP; a missing connector is 404', async () => {
    expect((await execute('system-connector-.test-system', {})).body).toMatchObject({ statusCode: 400, message: 'Execution of system action is not allowed' });
    expect((await execute('nope', { message: 'x' })).body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Saved object [action/nope] not found' });
  });

  test('every run lands in the event log, found by the connector logs routes', async () => {
    await execute('preset-log', { message: 'logged' });
    await flushEvents();
    const logs = (await server.api('POST', '/internal/actions/_global_connector_execution_logs', { date_start: new Date(Date.now() - 60_000).toISOString(), per_page: 100 }))
      .body as ExecutionLogBody;
    expect(logs.total).toBeGreaterThanOrEqual(4);
    expect(logs.data.find((row) => row.connector_id === 'log-1' && row.status === 'failure')).toBeDefined();
    expect(logs.data.find((row) => row.connector_id === 'preset-log' && row.status === 'success')).toMatchObject({ source: 'http_request' });
    const kpi = (await server.api('POST', '/internal/actions/_global_connector_execution_kpi', { date_start: new Date(Date.now() - 60_000).toISOString() })).body as Record<string, number>;
    expect(kpi.success).toBeGreaterThanOrEqual(2);
    expect(kpi.failure).toBeGreaterThanOrEqual(2);
  });
});

describeEachStore('disabled and unlicensed connector types', (getStore) => {
  let server: ActionsTestServer;

  beforeAll(async () => {
    server = await startActionsTestServer(getStore(), {
      'xpack.actions.enabledActionTypes': ['.test-log', '.test-enterprise'],
      'xpack.actions.preconfigured': { 'preset-http': { name: 'Preset http', actionTypeId: '.test-http', config: { url: 'http://127.0.0.1:9/x' }, secrets: { token: 't' } } },
      'xpack.licensing.type': 'gold',
    });
  }, 60_000);
  afterAll(() => server?.stop());

  test('a type left out of enabledActionTypes: listed as not enabled in config, create is 403', async () => {
    const types = (await server.api('GET', '/api/actions/connector_types')).body as Array<Record<string, unknown>>;
    expect(types.find((type) => type.id === '.test-http')).toMatchObject({ enabled: false, enabled_in_config: false, enabled_in_license: true });
    const created = await server.api('POST', '/api/actions/connector', { name: 'x', connector_type_id: '.test-http', config: { url: 'https://e.com' }, secrets: { token: 't' } });
    expect(created).toEqual({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', message: 'action type ".test-http" is not enabled in the Kibana config xpack.actions.enabledActionTypes' },
    });
  });

  test('a preconfigured connector of a disabled type still runs, as in Kibana', async () => {
    const result = (await server.api('POST', '/api/actions/connector/preset-http/_execute', { params: { body: 'x' } })).body as { status: string; connector_id: string };
    // It runs (and fails to reach the closed port), rather than being refused.
    expect(result).toMatchObject({ connector_id: 'preset-http', status: 'error' });
  });

  test('a type above the license: listed as not enabled in license, create is 403 with Kibana’s message', async () => {
    const types = (await server.api('GET', '/api/actions/connector_types')).body as Array<Record<string, unknown>>;
    expect(types.find((type) => type.id === '.test-enterprise')).toMatchObject({ enabled: false, enabled_in_config: true, enabled_in_license: false, minimum_license_required: 'enterprise' });
    const created = await server.api('POST', '/api/actions/connector', { name: 'x', connector_type_id: '.test-enterprise' });
    expect(created.status).toBe(403);
    expect((created.body as { message: string }).message).toBe('Action type .test-enterprise is disabled because your gold license does not support it. Please upgrade your license.');
  });
});
