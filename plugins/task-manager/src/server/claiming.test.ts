import { describeEachStore, startTestPostgres, type TestPostgres } from '@kbn/test';
import { TASK_TABLE } from './store/task_table';
import { TaskStatus } from './task';
import { startTaskServer, type TaskTestServer, waitFor } from './test_server.mock';

const HOUR = 3_600_000;

describeEachStore('claiming', (getStore) => {
  let server: TaskTestServer;

  beforeAll(async () => {
    // A poll interval of an hour: after the first poll at start, only wake-ups run anything.
    server = await startTaskServer(getStore(), { 'xpack.task_manager.poll_interval': HOUR });
  });
  afterAll(() => server?.stop());

  const runsOf = (id: string) => server.runs.filter((run) => run.id === id);
  const gone = async (id: string) => (await server.taskManager.fetch({ ids: [id] })).docs.length === 0;

  test('scheduling, runSoon and retry dates wake the poller instead of waiting for the next poll', async () => {
    await server.taskManager.schedule({ id: 'woken', taskType: 'fixture:task', params: {} });
    await waitFor(() => runsOf('woken').length === 1, 'the task to run');

    await server.taskManager.bulkSchedule([1, 2, 3].map((n) => ({ id: `woken-${n}`, taskType: 'fixture:task', params: {} })));
    await waitFor(() => [1, 2, 3].every((n) => runsOf(`woken-${n}`).length === 1), 'the batch to run');

    await server.taskManager.schedule({ id: 'woken-later', taskType: 'fixture:task', params: {}, runAt: new Date(Date.now() + HOUR) });
    await server.taskManager.runSoon('woken-later');
    await waitFor(() => runsOf('woken-later').length === 1, 'runSoon to run the task');

    await server.taskManager.schedule({ id: 'woken-retry', taskType: 'fixture:task', params: { outcome: 'retry-date', failTimes: 2, retryInMs: 100 } });
    await waitFor(() => gone('woken-retry'), 'the retries to run');
    expect(runsOf('woken-retry').map((run) => run.attempts)).toEqual([1, 2, 3]);
  });

  test('many tasks scheduled at once all run, more than the capacity in one go', async () => {
    const ids = Array.from({ length: 95 }, (_, i) => `many-${i}`);
    await server.taskManager.bulkSchedule(ids.map((id) => ({ id, taskType: 'fixture:task', params: {} })));
    await waitFor(() => ids.every((id) => runsOf(id).length === 1), 'every task to run');
    await waitFor(async () => (await server.taskManager.fetch({ ids })).docs.length === 0, 'every task to be deleted');
  });

  test('an expired claim (its process died) is claimed again and run; a live claim is left alone', async () => {
    const now = Date.now();
    const row = (id: string, type: string, attempts: number, retryAt: number) => ({
      id,
      task_type: type,
      scope: null,
      params: JSON.stringify({}),
      state: JSON.stringify({ from: 'a dead process' }),
      status: TaskStatus.Running,
      run_at: now - 60_000,
      scheduled_at: now - 60_000,
      started_at: now - 30_000,
      retry_at: retryAt,
      attempts,
      owner_id: 'kibana:dead-process',
      version: 7,
      schedule_interval: null,
      enabled: getStore().dialect === 'sqlite' ? 1 : true,
      last_error: null,
      created_at: now - 60_000,
      updated_at: now - 30_000,
    });
    await server.db
      .insertInto(TASK_TABLE)
      .values([
        row('stale', 'fixture:task', 1, now - 1000),
        row('stale-last-attempt', 'fixture:limited', 2, now - 1000),
        row('live', 'fixture:task', 1, now + HOUR),
      ])
      .execute();
    // Stale rows wake no one: the next poll would find them; a scheduled task wakes the poller now.
    await server.taskManager.schedule({ id: 'nudge', taskType: 'fixture:task', params: {} });
    await waitFor(() => gone('stale'), 'the stale task to run');
    expect(runsOf('stale')).toEqual([expect.objectContaining({ attempts: 2, state: { from: 'a dead process' } })]);

    // Its process died on the last of its two attempts: failed without another run.
    const failed = await waitFor(async () => {
      const task = await server.taskManager.get('stale-last-attempt');
      return task.status === TaskStatus.Failed ? task : undefined;
    }, 'the exhausted task to fail');
    expect(failed).toMatchObject({ attempts: 2, ownerId: null, lastError: 'Task "fixture:limited:stale-last-attempt" exceeded its maximum of 2 attempts' });
    expect(runsOf('stale-last-attempt')).toEqual([]);

    expect(await server.taskManager.get('live')).toMatchObject({ status: TaskStatus.Running, ownerId: 'kibana:dead-process', attempts: 1 });
    expect(runsOf('live')).toEqual([]);
  });

  test('maxConcurrency: runs of a capped type never overlap in one process', async () => {
    const ids = [1, 2, 3, 4].map((n) => `single-${n}`);
    await server.taskManager.bulkSchedule(ids.map((id) => ({ id, taskType: 'fixture:single', params: { outcome: 'sleep', sleepMs: 30 } })));
    await waitFor(async () => (await server.taskManager.fetch({ ids })).docs.length === 0, 'the capped tasks to finish');
    const runs = server.runs.filter((run) => run.taskType === 'fixture:single').sort((a, b) => a.at - b.at);
    expect(runs).toHaveLength(4);
    for (let i = 1; i < runs.length; i++) expect(runs[i].at).toBeGreaterThanOrEqual(runs[i - 1].finishedAt!);
  });
});

describe('two servers on one PostgreSQL database', () => {
  let postgres: TestPostgres;
  let servers: TaskTestServer[] = [];

  beforeAll(async () => {
    postgres = await startTestPostgres();
    // Sequential: the first applies the migrations.
    servers = [await startTaskServer({ url: postgres.url }, { 'xpack.task_manager.poll_interval': 100 })];
    servers.push(await startTaskServer({ url: postgres.url }, { 'xpack.task_manager.poll_interval': 100 }));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await postgres?.stop();
  });

  test('every task runs exactly once, and both servers take part', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `shared-${i}`);
    const params = { outcome: 'sleep', sleepMs: 10 };
    // Half scheduled on each server, in batches, so both wake up and compete for the same rows.
    for (let i = 0; i < ids.length; i += 50) {
      const batch = ids.slice(i, i + 50).map((id) => ({ id, taskType: 'fixture:task', params }));
      await servers[(i / 50) % 2].taskManager.bulkSchedule(batch);
    }
    await waitFor(async () => (await servers[0].taskManager.fetch({ ids, size: 1000 })).docs.length === 0, 'every task to finish', 60_000);
    const ran = servers.flatMap((server) => server.runs.map((run) => run.id));
    expect(ran.sort()).toEqual([...ids].sort());
    expect(servers[0].runs.length).toBeGreaterThan(0);
    expect(servers[1].runs.length).toBeGreaterThan(0);
  }, 90_000);
});
