import { describeEachStore } from '@kbn/test';
import { TaskStatus } from './task';
import { startTaskServer, type TaskTestServer, waitFor } from './test_server.mock';

const percentiles = { p50: expect.any(Number), p90: expect.any(Number), p95: expect.any(Number), p99: expect.any(Number) };

describeEachStore('GET /api/task_manager/_health', (getStore) => {
  let server: TaskTestServer;

  beforeAll(async () => {
    // fixture:single is never claimed here, so a due one stays overdue.
    server = await startTaskServer(getStore(), { 'xpack.task_manager.unsafe.exclude_task_types': ['fixture:single'] });
  });
  afterAll(() => server?.stop());

  const failedOf = async (id: string) =>
    waitFor(async () => {
      const [task] = (await server.taskManager.fetch({ ids: [id] })).docs;
      return task?.status === TaskStatus.Failed;
    }, `${id} to fail`);

  test("Kibana's shape: configuration, runtime and workload sections", async () => {
    await server.taskManager.schedule({ id: 'ok', taskType: 'fixture:task', params: {} });
    await waitFor(() => server.runs.some((run) => run.id === 'ok'), 'a run');
    const res = await fetch(`${server.url}/api/task_manager/_health`);
    expect(res.status).toBe(200);
    const body = await server.health();
    expect(body).toMatchObject({
      id: expect.any(String),
      timestamp: expect.any(String),
      status: 'OK',
      last_update: expect.any(String),
      stats: {
        configuration: {
          status: 'OK',
          value: {
            poll_interval: 200,
            capacity: { config: 10, as_workers: 10 },
            max_attempts: 3,
            monitored_stats_running_average_window: 50,
            monitored_stats_required_freshness: 1200,
            monitored_task_execution_thresholds: { default: { error_threshold: 90, warn_threshold: 80 }, custom: {} },
          },
        },
        runtime: {
          status: 'OK',
          value: {
            polling: { last_successful_poll: expect.any(String), claim_duration: percentiles, result_frequency_percent_as_number: expect.any(Object) },
            drift: percentiles,
            load: percentiles,
            drift_by_type: { 'fixture:task': percentiles },
            execution: {
              duration: { 'fixture:task': percentiles },
              result_frequency_percent_as_number: { 'fixture:task': { Success: 100, RetryScheduled: 0, Failed: 0, status: 'OK' } },
              result_counts: { 'fixture:task': { Success: 1, RetryScheduled: 0, Failed: 0 } },
            },
          },
        },
        workload: { status: 'OK', value: { count: expect.any(Number), task_types: expect.any(Object), overdue: expect.any(Number) } },
      },
    });
    expect(Date.parse(body.timestamp)).not.toBeNaN();
  });

  test('workload counts tasks by type and status, recurring schedules and overdue tasks', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await server.taskManager.bulkSchedule([
      { id: 'w-1', taskType: 'fixture:task', params: {}, runAt: later },
      { id: 'w-2', taskType: 'fixture:task', params: {}, runAt: later, schedule: { interval: '1h' } },
      { id: 'w-3', taskType: 'fixture:single', params: {} },
      { id: 'w-4', taskType: 'fixture:single', params: {}, enabled: false },
    ]);
    const { value } = (await server.health()).stats.workload;
    expect(value.task_types['fixture:task'].status.idle).toBeGreaterThanOrEqual(2);
    expect(value.task_types['fixture:single']).toEqual({ count: 2, status: { idle: 2 } });
    expect(value.schedule).toEqual([['1h', 1]]);
    expect(value.overdue).toBe(1);
    expect(value.overdue_non_recurring).toBe(1);
    expect(value.count).toBe(value.non_recurring + 1);
  });

  test('failed runs count as Failed per type, and a type failing above the warn threshold makes the status warn', async () => {
    await server.taskManager.schedule({ id: 'exhausted', taskType: 'fixture:limited', params: { outcome: 'retry-date', retryInMs: 20 } });
    await server.taskManager.schedule({ id: 'fatal', taskType: 'fixture:limited', params: { outcome: 'unrecoverable' } });
    await failedOf('exhausted');
    await failedOf('fatal');
    const body = await server.health();
    expect(body.stats.runtime.value.execution.result_counts['fixture:limited']).toEqual({ Success: 0, RetryScheduled: 1, Failed: 2 });
    expect(body.stats.runtime.value.execution.result_frequency_percent_as_number['fixture:limited']).toEqual({ Success: 0, RetryScheduled: 33, Failed: 67, status: 'OK' });
    expect(body.stats.workload.value.task_types['fixture:limited'].status).toEqual({ failed: 2 });

    await server.taskManager.schedule({ id: 'fatal-2', taskType: 'fixture:limited', params: { outcome: 'result-error' } });
    await server.taskManager.schedule({ id: 'fatal-3', taskType: 'fixture:limited', params: { outcome: 'unrecoverable' } });
    await server.taskManager.schedule({ id: 'fatal-4', taskType: 'fixture:limited', params: { outcome: 'unrecoverable' } });
    await Promise.all(['fatal-2', 'fatal-3', 'fatal-4'].map(failedOf));
    const after = await server.health();
    // 5 of 6 runs failed: 83% is above the warn threshold (80), below the error threshold (90).
    expect(after.stats.runtime.value.execution.result_frequency_percent_as_number['fixture:limited']).toMatchObject({ Failed: 83, status: 'warn' });
    expect(after.status).toBe('warn');
    expect(after.stats.runtime.status).toBe('warn');
  });
});
