import { describeEachStore } from '@kbn/test';
import { TaskStatus } from './task';
import { startTaskServer, type TaskTestServer, waitFor } from './test_server.mock';

describeEachStore('retries and failures', (getStore) => {
  let server: TaskTestServer;

  beforeAll(async () => {
    server = await startTaskServer(getStore());
  });
  afterAll(() => server?.stop());

  const runsOf = (id: string) => server.runs.filter((run) => run.id === id);
  const gone = async (id: string) => (await server.taskManager.fetch({ ids: [id] })).docs.length === 0;
  const whenStatus = (id: string, status: TaskStatus, attempts: number) =>
    waitFor(async () => {
      const [task] = (await server.taskManager.fetch({ ids: [id] })).docs;
      return task && task.status === status && task.attempts === attempts && task.ownerId === null ? task : undefined;
    }, `${id} to be ${status} after ${attempts} attempt(s)`);
  const counts = async (type: string) => (await server.health()).stats.runtime.value.execution.result_counts[type];

  test('a retryable error with a date runs the next attempt at that date, until it succeeds', async () => {
    await server.taskManager.schedule({ id: 'retry-date', taskType: 'fixture:task', params: { outcome: 'retry-date', failTimes: 2, retryInMs: 100 } });
    await waitFor(() => gone('retry-date'), 'the task to succeed and be deleted');
    expect(runsOf('retry-date').map((run) => run.attempts)).toEqual([1, 2, 3]);
  });

  test("a plain error retries with Kibana's backoff while attempts remain, then the task is failed and kept", async () => {
    const before = Date.now();
    await server.taskManager.schedule({ id: 'backoff', taskType: 'fixture:task', params: { outcome: 'throw' } });
    const first = await whenStatus('backoff', TaskStatus.Idle, 1);
    // 30s after the first failure, as Kibana: the next attempt is not due yet.
    expect(first.runAt.getTime()).toBeGreaterThanOrEqual(before + 30_000);
    expect(first.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 30_000);
    expect(first.lastError).toBe('failed attempt 1');

    await server.taskManager.runSoon('backoff');
    const second = await whenStatus('backoff', TaskStatus.Idle, 2);
    // Then a random delay up to 5m * 2^(attempts - 2).
    expect(second.runAt.getTime()).toBeLessThanOrEqual(Date.now() + 300_000);
    expect(second.lastError).toBe('failed attempt 2');

    await server.taskManager.runSoon('backoff');
    const failed = await whenStatus('backoff', TaskStatus.Failed, 3);
    expect(failed.lastError).toBe('failed attempt 3');
    expect(runsOf('backoff').map((run) => run.attempts)).toEqual([1, 2, 3]);
  });

  test("maxAttempts of the definition wins over the config's; exhausted attempts count as Failed", async () => {
    await server.taskManager.schedule({ id: 'limited', taskType: 'fixture:limited', params: { outcome: 'retry-date', retryInMs: 50 } });
    const failed = await whenStatus('limited', TaskStatus.Failed, 2);
    expect(failed.lastError).toBe('retry at a date, attempt 2');
    expect(runsOf('limited').map((run) => run.attempts)).toEqual([1, 2]);
    expect(await counts('fixture:limited')).toEqual({ Success: 0, RetryScheduled: 1, Failed: 1 });
    const health = await server.health();
    expect(health.stats.runtime.value.execution.result_frequency_percent_as_number['fixture:limited']).toEqual({ Success: 0, RetryScheduled: 50, Failed: 50, status: 'OK' });
    expect(health.stats.workload.value.task_types['fixture:limited'].status).toEqual({ failed: 1 });
  });

  test('an unrecoverable error, or a retryable error that says no, fails at once', async () => {
    await server.taskManager.schedule({ id: 'unrecoverable', taskType: 'fixture:task', params: { outcome: 'unrecoverable' } });
    await server.taskManager.schedule({ id: 'no-retry', taskType: 'fixture:task', params: { outcome: 'retry-false' } });
    expect((await whenStatus('unrecoverable', TaskStatus.Failed, 1)).lastError).toBe('cannot ever work');
    expect((await whenStatus('no-retry', TaskStatus.Failed, 1)).lastError).toBe('do not retry');
  });

  test('RunResult.error fails a one-off task without retry, and keeps a recurring one on its schedule; both count as Failed', async () => {
    const { Failed: failedBefore = 0 } = (await counts('fixture:task')) ?? {};
    await server.taskManager.schedule({ id: 'result-error', taskType: 'fixture:task', params: { outcome: 'result-error' } });
    const failed = await whenStatus('result-error', TaskStatus.Failed, 1);
    expect(failed).toMatchObject({ lastError: 'the run failed', state: { failedAt: 1 } });

    const before = Date.now();
    await server.taskManager.schedule({ id: 'recurring-error', taskType: 'fixture:task', params: { outcome: 'result-error' }, schedule: { interval: '1h' } });
    await waitFor(() => runsOf('recurring-error').length === 1, 'the recurring task to run');
    const recurring = await waitFor(async () => {
      const task = await server.taskManager.get('recurring-error');
      return task.lastError !== null && task.ownerId === null ? task : undefined;
    }, 'the failed run to be written');
    expect(recurring).toMatchObject({ status: TaskStatus.Idle, attempts: 0 });
    expect(recurring.runAt.getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(recurring).toMatchObject({ lastError: 'the run failed', state: { failedAt: 1 } });
    expect((await counts('fixture:task')).Failed - failedBefore).toBeGreaterThanOrEqual(2);
    expect(runsOf('result-error')).toHaveLength(1);
  });
});
