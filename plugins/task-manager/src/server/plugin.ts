import { randomBytes } from 'node:crypto';
import { type CoreSetup, type CoreStart, type Logger, type Plugin, type PluginInitializerContext, SavedObjectsErrorHelpers } from '@kbn/core-server';
import type { TaskManagerConfig } from './config';
import { defineHealthRoute } from './monitoring/health_route';
import { RuntimeStats } from './monitoring/runtime_stats';
import { TaskPollingLifecycle } from './polling/task_polling_lifecycle';
import { TaskClaimer } from './store/task_claimer';
import { TaskCompletions } from './store/task_completions';
import { TaskStore } from './store/task_store';
import { type TaskDb, type TaskTables, taskMigrations } from './store/task_table';
import type { ConcreteTaskInstance } from './task';
import { TaskTypeDictionary } from './task_type_dictionary';
import type { TaskManagerSetupContract, TaskManagerStartContract } from './types';

const MIGRATIONS_OWNER = 'taskManager';

export class TaskManagerPlugin implements Plugin<TaskManagerSetupContract, TaskManagerStartContract> {
  private readonly config: TaskManagerConfig;
  private readonly logger: Logger;
  /** What setup fills and start reads needs no core service, so it is made here, once. */
  private readonly definitions = new TaskTypeDictionary();
  private readonly runtime: RuntimeStats;
  /** One per process (not per instance uuid, which processes sharing a store may share). */
  private readonly ownerId: string;
  /** Made in start; stop ends it. */
  private lifecycle?: TaskPollingLifecycle;

  constructor(private readonly context: PluginInitializerContext) {
    this.config = context.config.get<TaskManagerConfig>();
    this.logger = context.logger.get();
    this.runtime = new RuntimeStats(this.config.monitored_stats_running_average_window);
    this.ownerId = `kibana:${context.env.instanceUuid}:${randomBytes(4).toString('hex')}`;
  }

  public setup(core: CoreSetup<object, TaskManagerStartContract>): TaskManagerSetupContract {
    core.storage.registerMigrations(MIGRATIONS_OWNER, taskMigrations(core.storage.dialect));
    defineHealthRoute({
      router: core.http.createRouter(),
      logger: this.logger.get('health'),
      id: this.context.env.instanceUuid,
      config: this.config,
      runtime: this.runtime,
      getStore: async () => {
        const [{ storage }] = await core.getStartServices();
        return { db: storage.getDb<TaskTables>(), dialect: storage.dialect };
      },
    });
    return {
      registerTaskDefinitions: (taskDefinitions) => this.definitions.registerTaskDefinitions(taskDefinitions),
    };
  }

  public start(core: CoreStart): TaskManagerStartContract {
    const db: TaskDb = core.storage.getDb<TaskTables>();
    const { dialect } = core.storage;
    const { definitions, ownerId } = this;
    const store = new TaskStore({ db, dialect, definitions });
    const lifecycle = new TaskPollingLifecycle({
      config: this.config,
      logger: this.logger.get('poller'),
      definitions,
      claimer: new TaskClaimer({ db, dialect, ownerId, definitions }),
      completions: new TaskCompletions({ db, ownerId, logger: this.logger.get('store') }),
      runtime: this.runtime,
      stopGraceMs: this.config.stop_grace_period,
    });
    this.lifecycle = lifecycle;
    lifecycle.start();
    this.logger.debug(`Task manager ${ownerId} polls every ${this.config.poll_interval}ms with capacity ${this.config.capacity}`);

    // New work in this process is picked up at once instead of at the next poll.
    const wakeFor = (tasks: ConcreteTaskInstance[]) => {
      for (const task of tasks) lifecycle.wakeAt(task.runAt.getTime());
      return tasks;
    };
    return {
      schedule: async (taskInstance) => wakeFor([await store.schedule(taskInstance)])[0],
      bulkSchedule: async (taskInstances) => wakeFor(await store.bulkSchedule(taskInstances)),
      ensureScheduled: async (taskInstance) => wakeFor([await store.ensureScheduled(taskInstance)])[0],
      runSoon: async (taskId) => {
        const result = await store.runSoon(taskId);
        lifecycle.wake();
        return result;
      },
      remove: (taskId) => store.remove(taskId),
      removeIfExists: (taskId) =>
        store.remove(taskId).catch((error: unknown) => {
          if (!SavedObjectsErrorHelpers.isNotFoundError(error)) throw error;
        }),
      bulkRemove: (taskIds) => store.bulkRemove(taskIds),
      get: (taskId) => store.get(taskId),
      fetch: (options) => store.fetch(options),
    };
  }

  public async stop(): Promise<void> {
    await this.lifecycle?.stop();
  }
}
