import { parseIntervalAsMillisecond } from '../intervals';
import { type ConcreteTaskInstance, type IntervalSchedule, type RunResult, TaskRunResult, TaskStatus, type TaskState } from '../task';
import { isRetryableError, isUnrecoverableError } from './errors';
import { getRetryDate } from './retry_at';
import { messageOf, type RunEnding } from './run_task';

/** What to write back for a finished run, and how health counts it. */
export type RunOutcome =
  | { action: 'delete'; result: TaskRunResult }
  | { action: 'update'; result: TaskRunResult; update: TaskUpdate };

export interface TaskUpdate {
  status: TaskStatus.Idle | TaskStatus.Failed;
  runAt: number;
  state: TaskState;
  schedule: IntervalSchedule | undefined;
  /** Kept while retrying, 0 after a success. */
  attempts: number;
  lastError: string | null;
}

/**
 * Kibana's rules, with one difference asked of this project: a one-off task that cannot be
 * retried any more is kept as `failed` (with its last error) rather than deleted.
 * - success: a one-off task is deleted; a recurring one (or one given `runAt`/`schedule`) goes
 *   back to idle with the returned state, attempts reset.
 * - `RunResult.error`: the run failed but is not retried; Failed in health.
 * - thrown: unrecoverable fails at once; a recurring task runs again at its next interval (or at
 *   a retryable error's date); a one-off task retries with backoff (or at the date) while
 *   attempts remain, then fails.
 */
export function decideOutcome(task: ConcreteTaskInstance, ending: RunEnding, maxAttempts: number, now = Date.now()): RunOutcome {
  if (ending.ok) return afterSuccess(task, ending.value ?? {}, now);

  const lastError = messageOf(ending.error);
  const failed = (): RunOutcome => ({ action: 'update', result: TaskRunResult.Failed, update: { ...keep(task), status: TaskStatus.Failed, runAt: task.runAt.getTime(), lastError } });
  if (isUnrecoverableError(ending.error)) return failed();
  if (task.schedule) {
    const retry = isRetryableError(ending.error);
    const runAt = retry instanceof Date ? retry.getTime() : nextRunAt(task, task.schedule, now);
    return { action: 'update', result: TaskRunResult.RetryScheduled, update: { ...keep(task), status: TaskStatus.Idle, runAt, lastError } };
  }
  const retryAt = task.attempts < maxAttempts ? getRetryDate(ending.error, task.attempts, now) : undefined;
  if (!retryAt) return failed();
  return { action: 'update', result: TaskRunResult.RetryScheduled, update: { ...keep(task), status: TaskStatus.Idle, runAt: retryAt.getTime(), lastError } };
}

function afterSuccess(task: ConcreteTaskInstance, result: RunResult, now: number): RunOutcome {
  const counted = result.error ? TaskRunResult.Failed : TaskRunResult.Success;
  if (result.shouldDeleteTask) return { action: 'delete', result: counted };
  const schedule = result.schedule ?? task.schedule;
  const state = result.state ?? task.state;
  const lastError = result.error ? messageOf(result.error) : null;
  if (result.runAt || schedule) {
    const runAt = result.runAt ? result.runAt.getTime() : nextRunAt(task, schedule!, now);
    return { action: 'update', result: counted, update: { status: TaskStatus.Idle, runAt, state, schedule, attempts: 0, lastError } };
  }
  if (result.error) {
    return { action: 'update', result: counted, update: { status: TaskStatus.Failed, runAt: task.runAt.getTime(), state, schedule, attempts: task.attempts, lastError } };
  }
  return { action: 'delete', result: counted };
}

function keep(task: ConcreteTaskInstance): Pick<TaskUpdate, 'state' | 'schedule' | 'attempts'> {
  return { state: task.state, schedule: task.schedule, attempts: task.attempts };
}

/** One interval after the run started, but never in the past (a late run does not catch up). */
export function nextRunAt(task: ConcreteTaskInstance, schedule: IntervalSchedule, now: number): number {
  const from = task.startedAt ? task.startedAt.getTime() : now;
  return Math.max(from + parseIntervalAsMillisecond(schedule.interval), now);
}
