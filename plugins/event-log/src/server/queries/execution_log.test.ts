import { describeEachStore } from '@kbn/test';
import type { IEventLogger } from '../logger/event_logger';
import { startEventLogServer, type EventLogTestServer } from '../event_log_test_server.mock';

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const at = (second: number) => new Date(T0 + second * 1000).toISOString();
const nanos = (millis: number) => String(millis * 1_000_000);

interface Execution {
  uuid: string;
  connector: { id: string; name: string };
  space?: string;
  second: number;
  /** Left out: the execution is still running (no `execute` event). */
  result?: { outcome: 'success' | 'failure'; durationMs: number; error?: string };
  timedOut?: boolean;
}

/** The events the actions executor writes for one execution (Kibana: actions/server/lib/action_executor.ts). */
function logExecution(logger: IEventLogger, execution: Execution) {
  const { uuid, connector, space = 'default', second, result } = execution;
  const label = `.webhook:${connector.id}: ${connector.name}`;
  const common = {
    kibana: {
      saved_objects: [{ rel: 'primary', type: 'action', id: connector.id, type_id: '.webhook', ...(space === 'default' ? {} : { namespace: space }) }],
      space_ids: [space],
      task: { scheduled: at(second - 1), schedule_delay: nanos(250) },
      action: { name: connector.name, id: connector.id, type_id: '.webhook', execution: { uuid, source: 'http_request' } },
    },
  };
  logger.logEvent({ ...common, '@timestamp': at(second), event: { action: 'execute-start', kind: 'action', start: at(second) }, message: `action started: ${label}` });
  if (execution.timedOut) logger.logEvent({ ...common, '@timestamp': at(second + 1), event: { action: 'execute-timeout' }, message: `action: ${label} execution cancelled due to timeout - exceeded default timeout of "5m"` });
  if (!result) return;
  const end = new Date(Date.parse(at(second)) + result.durationMs).toISOString();
  logger.logEvent({
    ...common,
    '@timestamp': end,
    event: { action: 'execute', kind: 'action', start: at(second), end, duration: nanos(result.durationMs), outcome: result.outcome },
    message: result.outcome === 'success' ? `action executed: ${label}` : `action execution failure: ${label}`,
    ...(result.error ? { error: { message: result.error } } : {}),
  });
}

const HOOK = { id: 'c1', name: 'Hook' };
const PAGER = { id: 'c2', name: 'Pager' };

describeEachStore('connector execution log', (getStore) => {
  let server: EventLogTestServer;

  beforeAll(async () => {
    server = await startEventLogServer(getStore());
    const logger = server.eventLog.getLogger({ event: { provider: 'actions' } });
    logExecution(logger, { uuid: 'exec-1', connector: HOOK, second: 0, result: { outcome: 'success', durationMs: 1500 } });
    logExecution(logger, { uuid: 'exec-2', connector: PAGER, second: 10, result: { outcome: 'failure', durationMs: 300, error: 'connection refused' } });
    logExecution(logger, { uuid: 'exec-3', connector: HOOK, second: 20 });
    logExecution(logger, { uuid: 'exec-4', connector: HOOK, second: 30, timedOut: true, result: { outcome: 'failure', durationMs: 5000, error: 'aborted' } });
    logExecution(logger, { uuid: 'exec-5', connector: HOOK, space: 'space-a', second: 40, result: { outcome: 'success', durationMs: 100 } });
    // Not connector executions: another provider, in the same space and time.
    server.eventLog.getLogger({ event: { provider: 'fixture' } }).logEvent({ '@timestamp': at(5), event: { action: 'ping' }, kibana: { space_ids: ['default'] } });
    await server.start.flush();
  });
  afterAll(() => server?.stop());

  const range = { start: at(-60), end: at(3600) };
  const ids = (result: { data: Array<{ id: string }> }) => result.data.map((row) => row.id);

  test("one row per execution, newest first, with Kibana's field names", async () => {
    const result = await server.client().getExecutionLogs(range);
    expect(result.total).toBe(4);
    expect(ids(result)).toEqual(['exec-4', 'exec-3', 'exec-2', 'exec-1']);
    const byId = Object.fromEntries(result.data.map((row) => [row.id, row]));
    expect(byId['exec-1']).toEqual({
      id: 'exec-1',
      timestamp: at(0),
      duration_ms: 1500,
      status: 'success',
      message: 'action executed: .webhook:c1: Hook',
      version: expect.any(String),
      source: 'http_request',
      schedule_delay_ms: 250,
      space_ids: ['default'],
      connector_name: 'Hook',
      connector_id: 'c1',
      timed_out: false,
    });
    expect(byId['exec-2']).toMatchObject({ status: 'failure', message: 'action execution failure: .webhook:c2: Pager - connection refused', duration_ms: 300 });
    expect(byId['exec-3']).toMatchObject({ status: 'running', message: 'action started: .webhook:c1: Hook', duration_ms: 0, timestamp: at(20), connector_id: 'c1' });
    expect(byId['exec-4']).toMatchObject({ status: 'failure', timed_out: true, duration_ms: 5000 });
  });

  test('pages and sorts in the store', async () => {
    const second = await server.client().getExecutionLogs({ ...range, page: 2, perPage: 3 });
    expect(second.total).toBe(4);
    expect(ids(second)).toEqual(['exec-1']);
    const byDuration = await server.client().getExecutionLogs({ ...range, sort: [{ execution_duration: { order: 'desc' } }] });
    expect(ids(byDuration)).toEqual(['exec-4', 'exec-1', 'exec-2', 'exec-3']);
    const oldest = await server.client().getExecutionLogs({ ...range, perPage: 1, sort: [{ timestamp: { order: 'asc' } }] });
    expect(ids(oldest)).toEqual(['exec-1']);
  });

  test("the request's space unless namespaces are given", async () => {
    expect(ids(await server.client('space-a').getExecutionLogs(range))).toEqual(['exec-5']);
    expect(ids(await server.client().getExecutionLogs({ ...range, namespaces: ['space-a'] }))).toEqual(['exec-5']);
    expect((await server.client().getExecutionLogs({ ...range, namespaces: ['default', 'space-a'] })).total).toBe(5);
    expect((await server.client('space-b').getExecutionLogs(range)).total).toBe(0);
  });

  test('start and end bound the events read', async () => {
    expect(ids(await server.client().getExecutionLogs({ start: at(9), end: at(25) }))).toEqual(['exec-3', 'exec-2']);
  });

  test('filters on status and connector', async () => {
    const client = server.client();
    expect(ids(await client.getExecutionLogs({ ...range, filter: { outcome: ['failure'] } }))).toEqual(['exec-4', 'exec-2']);
    expect(ids(await client.getExecutionLogs({ ...range, filter: { outcome: ['running', 'success'] } }))).toEqual(['exec-3', 'exec-1']);
    expect(ids(await client.getExecutionLogs({ ...range, filter: { connector_id: ['c2'] } }))).toEqual(['exec-2']);
    expect((await client.getExecutionLogs({ ...range, filter: { connector_type_id: ['.slack'] } })).total).toBe(0);
    expect(ids(await client.getExecutionLogs({ ...range, filter: { message: 'CONNECTION ref' } }))).toEqual(['exec-2']);
    // An execution matches when any of its events does, and keeps its status.
    const started = await client.getExecutionLogs({ ...range, filter: { message: 'started: .webhook:c2' } });
    expect(started.data.map((row) => [row.id, row.status])).toEqual([['exec-2', 'failure']]);
    expect((await client.getExecutionLogs({ ...range, filter: { message: '%' } })).total).toBe(0);
  });

  test('KPI counts executions by status', async () => {
    expect(await server.client().getExecutionKpi(range)).toEqual({ success: 1, failure: 2, warning: 0, unknown: 0, running: 1 });
    expect(await server.client().getExecutionKpi({ ...range, namespaces: ['default', 'space-a'] })).toMatchObject({ success: 2 });
    expect(await server.client().getExecutionKpi({ ...range, filter: { connector_id: ['c1'] } })).toEqual({ success: 1, failure: 1, warning: 0, unknown: 0, running: 1 });
    expect(await server.client().getExecutionKpi({ start: at(3000) })).toEqual({ success: 0, failure: 0, warning: 0, unknown: 0, running: 0 });
  });

  test("bad parameters fail with Kibana's messages, as 400s", async () => {
    const client = server.client();
    await expect(client.getExecutionLogs({ ...range, sort: [{ name: { order: 'asc' } }] })).rejects.toMatchObject({
      statusCode: 400,
      message: 'Invalid sort field "name" - must be one of [timestamp,execution_duration,schedule_delay]',
    });
    await expect(client.getExecutionLogs({ ...range, page: 0 })).rejects.toThrow('Invalid page field "0" - must be greater than 0');
    await expect(client.getExecutionLogs({ ...range, perPage: 0 })).rejects.toThrow('Invalid perPage field "0" - must be greater than 0');
    await expect(client.getExecutionKpi({ start: 'soon' })).rejects.toThrow('Invalid date for parameter start: "soon"');
  });
});
