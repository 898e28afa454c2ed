import { describeEachStore } from '@kbn/test';
import { TaskStatus } from './task';
import { startTaskServer, type TaskTestServer, waitFor } from './test_server.mock';

describeEachStore('timeouts and misbehaving runners', (getStore) => {
  let server: TaskTestServer;

  beforeAll(async () => {
    server = await startTaskServer(getStore());
  });
  afterAll(() => server?.stop());

  const runsOf = (id: string) => server.runs.filter((run) => run.id === id);
  const afterFailedAttempt = (id: string) =>
    waitFor(async () => {
      const task = await server.taskManager.get(id);
      return task.status === TaskStatus.Idle && task.attempts === 1 && task.ownerId === null ? task : undefined;
    }, `${id} to have a failed attempt written`);

  test('a run past its timeout is aborted and cancelled, counted as a failed attempt, and retried', async () => {
    await server.taskManager.schedule({ id: 'hangs', taskType: 'fixture:quick-timeout', params: { outcome: 'hang', failTimes: 1 } });
    const task = await afterFailedAttempt('hangs');
    expect(task.lastError).toBe('Task "fixture:quick-timeout:hangs" timed out after 1s');
    expect(runsOf('hangs')).toEqual([expect.objectContaining({ attempts: 1, aborted: true, cancelled: true })]);
    // The second attempt does not hang (failTimes: 1) and succeeds.
    await server.taskManager.runSoon('hangs');
    await waitFor(async () => (await server.taskManager.fetch({ ids: ['hangs'] })).docs.length === 0, 'the retry to succeed');
    expect(runsOf('hangs').map((run) => run.attempts)).toEqual([1, 2]);
  });

  test.each([
    ['sync-throw', 'thrown synchronously'],
    ['create-throw', 'could not create the runner'],
    ['reject-string', 'not an error object'],
  ])('a runner that does %s fails its attempt and the server keeps working', async (outcome, message) => {
    const id = `bad-${outcome}`;
    await server.taskManager.schedule({ id, taskType: 'fixture:task', params: { outcome, failTimes: 1 } });
    expect((await afterFailedAttempt(id)).lastError).toBe(message);
    await server.taskManager.schedule({ id: `${id}-after`, taskType: 'fixture:task', params: {} });
    await waitFor(() => runsOf(`${id}-after`).length === 1, 'a later task to run');
    expect((await fetch(`${server.url}/api/status`)).status).toBe(200);
  });
});

describeEachStore('stopping', (getStore) => {
  test('stopping releases a running task, which the next start runs again without losing an attempt', async () => {
    // Its own store: no other server may pick the released task up.
    const store = getStore();
    const first = await startTaskServer(store, { 'xpack.task_manager.stop_grace_period': 50 });
    await first.taskManager.schedule({ id: 'interrupted', taskType: 'fixture:task', params: { outcome: 'sleep', sleepMs: 1000 } });
    await waitFor(() => first.runs.some((run) => run.id === 'interrupted'), 'the task to start');
    await first.stop();
    expect(first.runs).toEqual([expect.objectContaining({ id: 'interrupted', attempts: 1, aborted: true, cancelled: true })]);

    const second = await startTaskServer(store);
    try {
      await waitFor(async () => (await second.taskManager.fetch({ ids: ['interrupted'] })).docs.length === 0, 'the task to run again and finish', 20_000);
      expect(second.runs.filter((run) => run.id === 'interrupted')).toEqual([expect.objectContaining({ attempts: 1 })]);
    } finally {
      await second.stop();
    }
  });

  test('stopping lets a task that ends within the grace period finish and write its result', async () => {
    const store = getStore();
    const first = await startTaskServer(store, { 'xpack.task_manager.stop_grace_period': 10_000 });
    await first.taskManager.schedule({ id: 'finishes', taskType: 'fixture:task', params: { outcome: 'sleep', sleepMs: 200 } });
    await waitFor(() => first.runs.some((run) => run.id === 'finishes'), 'the task to start');
    await first.stop();
    expect(first.runs).toEqual([expect.objectContaining({ id: 'finishes', aborted: false, finishedAt: expect.any(Number) })]);

    const second = await startTaskServer(store);
    try {
      await expect(second.taskManager.get('finishes')).rejects.toMatchObject({ statusCode: 404 });
      expect(second.runs).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
