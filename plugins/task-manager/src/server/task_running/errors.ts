/*
 * Kibana's way of telling the task manager how a failure should be handled: the error is tagged,
 * not wrapped, so the runner's own error travels unchanged. Symbol.for keys make a tag set by one
 * copy of this module (a plugin built against dist/) readable by another (the sources).
 */
const CODE = Symbol.for('kbn.taskManager.errorCode');
const RETRY = Symbol.for('kbn.taskManager.errorRetry');
const CODE_UNRECOVERABLE = 'TaskManager/unrecoverable';
const CODE_RETRYABLE = 'TaskManager/retryable';

export interface DecoratedError extends Error {
  [CODE]?: string;
  [RETRY]?: Date | boolean;
}

function codeOf(error: unknown): string | undefined {
  return error !== null && typeof error === 'object' ? (error as DecoratedError)[CODE] : undefined;
}

/** The run failed and must not be retried: the task is marked failed at once. */
export function throwUnrecoverableError(error: Error): never {
  (error as DecoratedError)[CODE] = CODE_UNRECOVERABLE;
  throw error;
}

export function isUnrecoverableError(error: unknown): boolean {
  return codeOf(error) === CODE_UNRECOVERABLE;
}

/**
 * `shouldRetry`: a Date runs the next attempt then; `true` retries with the default backoff;
 * `false` does not retry. Attempts are still limited by `maxAttempts`.
 */
export function createRetryableError(error: Error, shouldRetry: Date | boolean): DecoratedError {
  (error as DecoratedError)[CODE] = CODE_RETRYABLE;
  (error as DecoratedError)[RETRY] = shouldRetry;
  return error;
}

export function throwRetryableError(error: Error, shouldRetry: Date | boolean): never {
  throw createRetryableError(error, shouldRetry);
}

/** The `shouldRetry` of a retryable error, `null` for any other error. */
export function isRetryableError(error: unknown): Date | boolean | null {
  return codeOf(error) === CODE_RETRYABLE ? ((error as DecoratedError)[RETRY] ?? null) : null;
}
