import type { Logger } from '@kbn/core-server';
import type { CancellableTask, ConcreteTaskInstance, RunResult, TaskDefinition } from '../task';

/** How one run ended: what `run()` returned, or what it threw (a timeout included). */
export type RunEnding = { ok: true; value: RunResult | void } | { ok: false; error: unknown; timedOut: boolean };

export interface RunningTask {
  /** Settles once, never rejects: at the run's end, at its timeout, or when aborted. */
  readonly done: Promise<RunEnding>;
  /** Aborts the run (signal, then `cancel()`) and settles `done` with an error at once. */
  abort(reason: string): void;
}

/**
 * Runs one claimed task. Whatever the runner does (throw while being created, throw in `run`,
 * reject, never settle, throw in `cancel`) ends in a `RunEnding`: a task cannot take the server down.
 */
export function runTask(task: ConcreteTaskInstance, definition: TaskDefinition, logger: Logger): RunningTask {
  const abortController = new AbortController();
  let settle: (ending: RunEnding) => void = () => undefined;
  let settled = false;
  const done = new Promise<RunEnding>((resolve) => {
    settle = (ending) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ending);
    };
  });

  let runner: CancellableTask | undefined;
  const abort = (error: Error, timedOut: boolean) => {
    if (settled) return;
    settle({ ok: false, error, timedOut });
    abortController.abort(error);
    if (runner?.cancel) {
      try {
        runner.cancel().catch((cancelError: unknown) => logger.warn(`Cancelling task ${label(task)} failed: ${messageOf(cancelError)}`));
      } catch (cancelError) {
        logger.warn(`Cancelling task ${label(task)} failed: ${messageOf(cancelError)}`);
      }
    }
  };

  const timer = setTimeout(() => {
    logger.warn(`Cancelling task ${label(task)} as it expired after running longer than its timeout of ${definition.timeout}`);
    abort(new Error(`Task ${label(task)} timed out after ${definition.timeout}`), true);
  }, definition.timeoutMs);

  try {
    runner = definition.createTaskRunner({ taskInstance: task, abortController });
    Promise.resolve(runner.run()).then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => settle({ ok: false, error, timedOut: false })
    );
  } catch (error) {
    settle({ ok: false, error, timedOut: false });
  }

  return { done, abort: (reason) => abort(new Error(reason), false) };
}

export function label(task: Pick<ConcreteTaskInstance, 'taskType' | 'id'>): string {
  return `"${task.taskType}:${task.id}"`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
