import { describeEachStore } from '@kbn/test';
import { TaskStatus } from './task';
import { startTaskServer, type TaskTestServer, waitFor } from './test_server.mock';

describeEachStore('scheduling and running tasks', (getStore) => {
  let server: TaskTestServer;

  beforeAll(async () => {
    server = await startTaskServer(getStore());
  });
  afterAll(() => server?.stop());

  const runsOf = (id: string) => server.runs.filter((run) => run.id === id);

  test('a scheduled one-off task runs once and is deleted after success', async () => {
    const scheduled = await server.taskManager.schedule({ id: 'one-off', taskType: 'fixture:task', params: { note: 'hello' } });
    expect(scheduled).toMatchObject({ id: 'one-off', taskType: 'fixture:task', status: TaskStatus.Idle, attempts: 0, params: { note: 'hello' }, state: {} });
    await waitFor(async () => (await server.taskManager.fetch({ ids: ['one-off'] })).docs.length === 0, 'the task to be deleted');
    expect(runsOf('one-off')).toEqual([expect.objectContaining({ attempts: 1, params: { note: 'hello' }, state: {} })]);
    await expect(server.taskManager.get('one-off')).rejects.toThrow('Saved object [task/one-off] not found');
  });

  test('a recurring task gets the state its previous run returned', async () => {
    await server.taskManager.schedule({ id: 'recurring', taskType: 'fixture:task', params: { stopAfter: 3 }, schedule: { interval: '1s' } });
    await waitFor(async () => (await server.taskManager.fetch({ ids: ['recurring'] })).docs.length === 0, 'the recurring task to finish', 20_000);
    expect(runsOf('recurring').map((run) => run.state)).toEqual([{}, { count: 1 }, { count: 2 }]);
  });

  test('schedule with an id that exists is a 409; ensureScheduled returns the existing task', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const first = await server.taskManager.ensureScheduled({ id: 'ensured', taskType: 'fixture:task', params: { n: 1 }, runAt: later });
    const again = await server.taskManager.ensureScheduled({ id: 'ensured', taskType: 'fixture:task', params: { n: 2 }, runAt: later });
    expect(again).toEqual(first);
    await expect(server.taskManager.schedule({ id: 'ensured', taskType: 'fixture:task', params: {} })).rejects.toMatchObject({
      statusCode: 409,
      message: 'Saved object [task/ensured] conflict',
    });
    expect((await server.taskManager.fetch({ ids: ['ensured'] })).docs).toHaveLength(1);
  });

  test('runSoon runs a task scheduled for later now', async () => {
    await server.taskManager.schedule({ id: 'later', taskType: 'fixture:task', params: {}, runAt: new Date(Date.now() + 3_600_000) });
    expect(runsOf('later')).toHaveLength(0);
    await expect(server.taskManager.runSoon('later')).resolves.toEqual({ id: 'later' });
    await waitFor(() => runsOf('later').length === 1, 'the task to run');
    await expect(server.taskManager.runSoon('missing')).rejects.toThrow('Saved object [task/missing] not found');
  });

  test('remove and bulkRemove delete tasks before they run', async () => {
    const runAt = new Date(Date.now() + 3_600_000);
    await server.taskManager.bulkSchedule([
      { id: 'gone-1', taskType: 'fixture:task', params: {}, runAt },
      { id: 'gone-2', taskType: 'fixture:task', params: {}, runAt },
      { id: 'gone-3', taskType: 'fixture:task', params: {}, runAt },
    ]);
    await server.taskManager.remove('gone-1');
    await expect(server.taskManager.remove('gone-1')).rejects.toMatchObject({ statusCode: 404 });
    await expect(server.taskManager.removeIfExists('gone-1')).resolves.toBeUndefined();
    expect(await server.taskManager.bulkRemove(['gone-2', 'gone-3', 'gone-1'])).toEqual({
      statuses: [
        { id: 'gone-2', type: 'task', success: true },
        { id: 'gone-3', type: 'task', success: true },
        { id: 'gone-1', type: 'task', success: false, error: { statusCode: 404, message: 'Saved object [task/gone-1] not found' } },
      ],
    });
    expect((await server.taskManager.fetch({ ids: ['gone-1', 'gone-2', 'gone-3'] })).docs).toEqual([]);
  });

  test('bulkSchedule is all or nothing, and fetch filters by type, status and scope', async () => {
    const runAt = new Date(Date.now() + 3_600_000);
    await server.taskManager.schedule({ id: 'taken', taskType: 'fixture:task', params: {}, runAt, scope: ['reporting'] });
    await expect(
      server.taskManager.bulkSchedule([
        { id: 'fresh', taskType: 'fixture:task', params: {}, runAt },
        { id: 'taken', taskType: 'fixture:task', params: {}, runAt },
      ])
    ).rejects.toMatchObject({ statusCode: 409 });
    await expect(server.taskManager.get('fresh')).rejects.toMatchObject({ statusCode: 404 });
    const { docs } = await server.taskManager.fetch({ scope: 'reporting', types: ['fixture:task'], statuses: [TaskStatus.Idle] });
    expect(docs.map((doc) => doc.id)).toEqual(['taken']);
    expect((await server.taskManager.fetch({ scope: 'report' })).docs).toEqual([]);
  });

  test('an unregistered task type cannot be scheduled', async () => {
    await expect(server.taskManager.schedule({ taskType: 'nope', params: {} })).rejects.toThrow('Unsupported task type "nope". Supported types are fixture:task');
  });
});
