/** Where a task is in its life, with Kibana's values (`claiming` is never written: a claim sets `running`). */
export enum TaskStatus {
  Idle = 'idle',
  Claiming = 'claiming',
  Running = 'running',
  Failed = 'failed',
}

/** How a run ended, as the health API counts it. */
export enum TaskRunResult {
  Success = 'Success',
  RetryScheduled = 'RetryScheduled',
  Failed = 'Failed',
}

/** A recurring task runs every `interval` (a duration like `10s`, `5m`, `1h`, `1d`). */
export interface IntervalSchedule {
  interval: string;
}

export type TaskParams = Record<string, unknown>;
export type TaskState = Record<string, unknown>;

/** What a caller schedules. */
export interface TaskInstance {
  /** Chosen at random when left out; `ensureScheduled` needs one. */
  id?: string;
  taskType: string;
  params: TaskParams;
  /** Carried from one run of a recurring task to the next; `{}` at first. */
  state?: TaskState;
  /** Free labels callers filter by (`fetch({ scope })`). */
  scope?: string[];
  /** When to run first; now when left out. */
  runAt?: Date;
  schedule?: IntervalSchedule;
  /** A disabled task is kept but never claimed. Default true. */
  enabled?: boolean;
}

/** A task as the store holds it. */
export interface ConcreteTaskInstance extends TaskInstance {
  id: string;
  /** Changes on every write; a claim is only as good as the version it returned. */
  version: string;
  state: TaskState;
  status: TaskStatus;
  runAt: Date;
  scheduledAt: Date;
  startedAt: Date | null;
  /** While claimed: when the claim lapses and another process may take the task. */
  retryAt: Date | null;
  /** Attempts of the current run, counted when the task is claimed; 0 after a success. */
  attempts: number;
  ownerId: string | null;
  enabled: boolean;
  /** The message of the last failed attempt (kept on a failed task). */
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a run may return. */
export interface RunResult {
  /** The state the next run of a recurring task gets. */
  state?: TaskState;
  /** Run again at this date (makes a one-off task run again too). */
  runAt?: Date;
  /** A new schedule for the task from now on. */
  schedule?: IntervalSchedule;
  /** Delete the task, recurring or not. */
  shouldDeleteTask?: boolean;
  /**
   * The run failed and must not be retried: a one-off task is marked failed, a recurring one
   * runs again on its schedule. Counted as Failed in health.
   */
  error?: Error;
}

export interface RunContext {
  /** The task as claimed (attempts already counts this run). */
  taskInstance: ConcreteTaskInstance;
  /** Aborted when the run exceeds the definition's timeout, or when the server stops. */
  abortController: AbortController;
}

export interface CancellableTask {
  run(): Promise<RunResult | void>;
  /** Called after the abort signal, when the run times out or the server stops. */
  cancel?(): Promise<void>;
}

export type TaskRunCreatorFunction = (context: RunContext) => CancellableTask;

/** What a plugin registers for one task type. */
export interface TaskRegisterDefinition {
  title: string;
  description?: string;
  /** How long a run may take before it is aborted and counted as a failed attempt. Default `5m`. */
  timeout?: string;
  /** Attempts of a one-off task before it is marked failed; default `xpack.task_manager.max_attempts`. */
  maxAttempts?: number;
  /** At most this many runs of the type at once in one process. */
  maxConcurrency?: number;
  createTaskRunner: TaskRunCreatorFunction;
}

export type TaskDefinitionRegistry = Record<string, TaskRegisterDefinition>;

/** A registered definition with its defaults filled in. */
export interface TaskDefinition extends TaskRegisterDefinition {
  type: string;
  timeout: string;
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT = '5m';
