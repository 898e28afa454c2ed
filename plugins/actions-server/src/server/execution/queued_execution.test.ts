import { describeEachStore } from '@kbn/test';
import type { EncryptedSavedObjectsPluginStart } from '@kbn/encrypted-saved-objects/server';
import type { EventLogServerStart } from '@kbn/event-log/server';
import type { TaskManagerStartContract } from '@kbn/task-manager/server';
import type { ActionsServerStart } from '../types';
import { startActionsTestServer, type ActionsTestServer } from '../test_support/actions_test_server.mock';

interface FixtureStart {
  runs: Array<{ actionId: string; message: string }>;
}

async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeEachStore('queued executions', (getStore) => {
  let server: ActionsTestServer;
  let actions: ActionsServerStart;
  let taskManager: TaskManagerStartContract;
  let runs: FixtureStart['runs'];

  beforeAll(async () => {
    server = await startActionsTestServer(getStore(), { 'xpack.actions.run.maxAttempts': 2 });
    actions = server.plugins.get('actions') as ActionsServerStart;
    taskManager = server.plugins.get('taskManager') as TaskManagerStartContract;
    runs = (server.plugins.get('actionsFixture') as FixtureStart).runs;
    await server.api('POST', '/api/actions/connector/queued-log', { name: 'Queued', connector_type_id: '.test-log' });
  }, 60_000);
  afterAll(() => server?.stop());

  const actionTasks = async () => (await taskManager.fetch({})).docs.filter((task) => task.taskType.startsWith('actions:'));

  test('an enqueued execution runs once as a task, then its task and encrypted params are gone', async () => {
    await actions.enqueueExecution({ id: 'queued-log', params: { message: 'from the queue' }, spaceId: 'default' });
    await waitFor(() => runs.find((run) => run.message === 'from the queue'), 'the queued run');
    await waitFor(async () => ((await actionTasks()).length === 0 ? true : undefined), 'the task to be removed');
    expect(runs.filter((run) => run.message === 'from the queue')).toHaveLength(1);
    const params = await server.core.savedObjects.createInternalRepository(['action_task_params']).find({ type: 'action_task_params', namespaces: ['*'] });
    expect(params.total).toBe(0);
  });

  test('a retry date retries then, until run.maxAttempts, and the task is failed', async () => {
    await actions.enqueueExecution({ id: 'queued-log', params: { message: 'retry' }, spaceId: 'default' });
    const failed = await waitFor(async () => (await actionTasks()).find((task) => task.status === 'failed'), 'the task to fail');
    expect(failed.attempts).toBe(2);
    expect(runs.filter((run) => run.message === 'retry')).toHaveLength(2);
  });

  test('mustache templates are filled from the variables, queued or immediate', async () => {
    await actions.enqueueExecution({ id: 'queued-log', params: { message: 'queued for {{context.team}}' }, variables: { context: { team: 'ops' } }, spaceId: 'default' });
    await waitFor(() => runs.find((run) => run.message === 'queued for ops'), 'the rendered queued run');
    expect(await actions.execute({ actionId: 'queued-log', params: { message: 'now for {{context.team}}' }, variables: { context: { team: 'sre' } }, spaceId: 'default' })).toEqual({
      actionId: 'queued-log',
      status: 'ok',
      data: { echoed: 'now for sre' },
    });
  });

  test('a failed run counts as a failure of its connector type in task manager health', async () => {
    const failedCount = async () => {
      const health = (await server.api('GET', '/api/task_manager/_health')).body as {
        stats: { runtime: { value: { execution: { result_counts?: Record<string, { Failed: number }> } } } };
      };
      return health.stats.runtime.value.execution.result_counts?.['actions:.test-log']?.Failed ?? 0;
    };
    const before = await failedCount();
    await actions.enqueueExecution({ id: 'queued-log', params: { message: 'fail' }, spaceId: 'default' });
    await waitFor(async () => ((await failedCount()) === before + 1 ? true : undefined), 'one more Failed run of actions:.test-log');
  });

  test('bulk enqueue refuses a connector without its secrets, with Kibana’s message', async () => {
    await server.core.savedObjects
      .createInternalRepository(['action'])
      .create('action', { actionTypeId: '.test-log', name: 'Imported', isMissingSecrets: true, config: {}, secrets: {} }, { id: 'no-secrets' });
    await expect(actions.bulkEnqueueExecution([{ id: 'no-secrets', params: { message: 'x' }, spaceId: 'default' }])).rejects.toThrow(
      'Unable to execute action because no secrets are defined for the "Imported" connector.'
    );
  });

  test('bulk enqueue of many items for a few connectors runs each item once; an unknown connector refuses the batch', async () => {
    await server.api('POST', '/api/actions/connector/queued-log-2', { name: 'Queued 2', connector_type_id: '.test-log' });
    const items = Array.from({ length: 30 }, (_, i) => ({ id: i % 3 ? 'queued-log' : 'queued-log-2', params: { message: `bulk ${i}` }, spaceId: 'default' }));
    const result = await actions.bulkEnqueueExecution(items);
    expect(result.errors).toBe(false);
    expect(result.items.map((item) => item.actionTypeId)).toEqual(items.map(() => '.test-log'));
    await waitFor(() => (runs.filter((run) => run.message.startsWith('bulk ')).length >= 30 ? true : undefined), 'the 30 bulk runs');
    const bulkRuns = runs.filter((run) => run.message.startsWith('bulk '));
    expect(new Set(bulkRuns.map((run) => run.message)).size).toBe(30);
    expect(bulkRuns.filter((run) => run.actionId === 'queued-log-2')).toHaveLength(10);
    await expect(actions.bulkEnqueueExecution([...items.slice(0, 3), { id: 'no-such-connector', params: { message: 'x' }, spaceId: 'default' }])).rejects.toThrow(
      'Saved object [action/no-such-connector] not found'
    );
  });

  test('params are encrypted at rest; queued work whose connector was deleted fails with a clear error in the event log', async () => {
    // What a delete between enqueue and run leaves: the params and the task, but no connector.
    const encrypted = (server.plugins.get('encryptedSavedObjects') as EncryptedSavedObjectsPluginStart).getClient({ includedHiddenTypes: ['action_task_params'] });
    const params = await encrypted.asInternalUser.create('action_task_params', { actionId: 'deleted-connector', params: { message: 'orphan' }, executionId: 'exec-orphan' });
    const raw = await server.core.savedObjects.createInternalRepository(['action_task_params']).get<{ params: unknown }>('action_task_params', params.id);
    expect(typeof raw.attributes.params).toBe('string');
    expect(raw.attributes.params).not.toContain('orphan');
    const task = await taskManager.schedule({ taskType: 'actions:.test-log', params: { spaceId: 'default', actionTaskParamsId: params.id }, state: {} });
    await waitFor(async () => ((await taskManager.fetch({})).docs.find((doc) => doc.id === task.id && doc.status !== 'failed') ? undefined : true), 'the task to end');
    expect(runs.some((run) => run.message === 'orphan')).toBe(false);
    await (server.plugins.get('eventLog') as EventLogServerStart).flush();
    const logs = (await server.api('POST', '/internal/actions/_global_connector_execution_logs', { date_start: new Date(Date.now() - 60_000).toISOString(), per_page: 100 }))
      .body as { data: Array<{ connector_id: string; status: string; message: string }> };
    expect(logs.data.find((row) => row.connector_id === 'deleted-connector')).toMatchObject({ status: 'failure' });
  });
});

describeEachStore('queued.max', (getStore) => {
  let server: ActionsTestServer;

  beforeAll(async () => {
    // Nothing drains the queue: this server never claims connector work.
    server = await startActionsTestServer(getStore(), { 'xpack.actions.queued.max': 2, 'xpack.task_manager.unsafe.exclude_task_types': ['actions:*'] });
    await server.api('POST', '/api/actions/connector/limited', { name: 'Limited', connector_type_id: '.test-log' });
  }, 60_000);
  afterAll(() => server?.stop());

  test('items past the limit are answered queuedActionsLimitError, as Kibana', async () => {
    const item = { id: 'limited', params: { message: 'x' }, spaceId: 'default' };
    const result = await (server.plugins.get('actions') as ActionsServerStart).bulkEnqueueExecution([item, item, item]);
    expect(result).toEqual({
      errors: true,
      items: [
        { id: 'limited', actionTypeId: '.test-log', response: 'success' },
        { id: 'limited', actionTypeId: '.test-log', response: 'success' },
        { id: 'limited', actionTypeId: '.test-log', response: 'queuedActionsLimitError' },
      ],
    });
  });
});
