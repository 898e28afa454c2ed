import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startElasticStackTestServer, type ElasticStackTestServer } from '../../test_support/elastic_stack_test_server.mock';
import { withoutControlCharacters } from './server_log';

describe('.server-log over HTTP', () => {
  let server: ElasticStackTestServer;
  const logDir = mkdtempSync(join(tmpdir(), 'kbn-server-log-'));
  const logFile = () => join(logDir, 'kibana.log');
  /** The log lines the connector wrote, from the file appender's file. */
  const lines = () =>
    readFileSync(logFile(), 'utf8')
      .split('\n')
      .filter((line) => line.includes('Server log:'));

  beforeAll(async () => {
    server = await startElasticStackTestServer({
      // Kibana's pattern layout, to a file.
      'logging.appenders.file': { type: 'file', fileName: logFile(), layout: { type: 'pattern' } },
      'logging.loggers': [{ name: 'plugins.actions.server-log', level: 'all', appenders: ['file'] }],
      'xpack.actions.preconfigured': { 'my-server-log': { name: 'Preconfigured log', actionTypeId: '.server-log' } },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(logDir, { recursive: true, force: true });
  });

  const execute = (id: string, params: Record<string, unknown>) => server.api('POST', `/api/actions/connector/${id}/_execute`, { params });

  test('writes Kibana’s line, at info by default and at the level asked for', async () => {
    const created = await server.api('POST', '/api/actions/connector/log', { name: 'Log', connector_type_id: '.server-log' });
    expect(created).toMatchObject({ status: 200, body: { id: 'log', config: {}, connector_type_id: '.server-log' } });

    expect(await execute('log', { message: 'disk almost full' })).toEqual({ status: 200, body: { status: 'ok', connector_id: 'log' } });
    expect(await execute('my-server-log', { message: 'disk full', level: 'fatal' })).toEqual({ status: 200, body: { status: 'ok', connector_id: 'my-server-log' } });

    expect(lines()).toEqual([
      expect.stringMatching(/^\[\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:\d\d\]\[INFO \]\[plugins\.actions\.server-log\] Server log: disk almost full$/),
      expect.stringMatching(/\]\[FATAL\]\[plugins\.actions\.server-log\] Server log: disk full$/),
    ]);
  });

  test('a message with line breaks stays one line', async () => {
    await execute('log', { message: 'first\nsecond', level: 'warn' });
    expect(lines().at(-1)).toMatch(/\]\[WARN \]\[plugins\.actions\.server-log\] Server log: first;second$/);
  });

  test('params: message required, Kibana’s levels only', async () => {
    expect((await execute('log', {})).body).toMatchObject({
      status: 'error',
      message: 'error validating action params: [message]: expected value of type [string] but got [undefined]',
    });
    expect((await execute('log', { message: 'x', level: 'loud' })).body).toMatchObject({
      status: 'error',
      message: expect.stringContaining('error validating action params: [level]: types that failed validation:'),
    });
  });

  test('no config or secrets are accepted', async () => {
    expect((await server.api('POST', '/api/actions/connector', { name: 'x', connector_type_id: '.server-log', config: { a: 1 } })).body).toMatchObject({
      statusCode: 400,
      message: 'error validating connector type config: [a]: definition for this key is missing',
    });
  });
});

test('control characters but tabs become `;`, as in Kibana', () => {
  expect(withoutControlCharacters('a\nb\r\nc\td\u2028e\u0000')).toBe('a;b;;c\td;e;');
});
