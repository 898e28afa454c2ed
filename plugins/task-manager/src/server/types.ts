import type { KibanaRequest } from '@kbn/core-server';
import type { BulkRemoveResult, FetchOptions } from './store/task_store';
import type { ConcreteTaskInstance, TaskDefinitionRegistry, TaskInstance } from './task';

/** What `taskManager` gives other plugins in setup (Kibana's name). */
export interface TaskManagerSetupContract {
  /** Registers task types; a type registered twice throws `Task <type> is already defined!`. */
  registerTaskDefinitions(taskDefinitions: TaskDefinitionRegistry): void;
}

/** Accepted for Kibana compatibility; tasks do not run as a user yet, so the request is unused. */
export interface TaskSchedulingOptions {
  request?: KibanaRequest;
}

/** What `taskManager` gives other plugins once started (Kibana's name). */
export interface TaskManagerStartContract {
  /** Stores the task and wakes this process's poller. An existing id fails with a 409. */
  schedule(taskInstance: TaskInstance, options?: TaskSchedulingOptions): Promise<ConcreteTaskInstance>;
  /** All or nothing: one existing id fails the batch with a 409. */
  bulkSchedule(taskInstances: TaskInstance[], options?: TaskSchedulingOptions): Promise<ConcreteTaskInstance[]>;
  /** Schedules unless a task with the same id exists, and returns the stored task either way. */
  ensureScheduled(taskInstance: TaskInstance & { id: string }, options?: TaskSchedulingOptions): Promise<ConcreteTaskInstance>;
  /** Makes an idle (or failed) task due now; throws when it is running. */
  runSoon(taskId: string): Promise<{ id: string }>;
  /** Throws a 404 `Saved object [task/<id>] not found` when there is no such task. */
  remove(taskId: string): Promise<void>;
  /** `remove` that ignores a missing task, as Kibana's. */
  removeIfExists(taskId: string): Promise<void>;
  bulkRemove(taskIds: string[]): Promise<BulkRemoveResult>;
  get(taskId: string): Promise<ConcreteTaskInstance>;
  fetch(options?: FetchOptions): Promise<{ docs: ConcreteTaskInstance[] }>;
}

export type TaskManagerServerSetup = TaskManagerSetupContract;
export type TaskManagerServerStart = TaskManagerStartContract;
