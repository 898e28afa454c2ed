import type { ErrorSource } from '../errors/error_source';

/**
 * What an executor answers (Kibana's `ActionTypeExecutorResult`). `retry` drives the task runner:
 * `true` retries with task manager's backoff, a `Date` retries at that time, `false`, `null` or
 * absent do not retry.
 */
export interface ConnectorTypeExecutorResult<Data = unknown> {
  actionId: string;
  status: 'ok' | 'error';
  message?: string;
  serviceMessage?: string;
  data?: Data;
  retry?: boolean | Date | null;
  errorSource?: ErrorSource;
}

export function successResult<Data>(actionId: string, data?: Data): ConnectorTypeExecutorResult<Data> {
  return data === undefined ? { actionId, status: 'ok' } : { actionId, status: 'ok', data };
}

export interface ErrorResultOptions {
  serviceMessage?: string;
  errorSource?: ErrorSource;
}

/** A failure that retrying will not fix. */
export function errorResult(
  actionId: string,
  message: string,
  { serviceMessage, errorSource }: ErrorResultOptions = {}
): ConnectorTypeExecutorResult<never> {
  return {
    actionId,
    status: 'error',
    message,
    ...(serviceMessage !== undefined ? { serviceMessage } : {}),
    ...(errorSource !== undefined ? { errorSource } : {}),
  };
}

/** A failure worth retrying with task manager's backoff (a 5xx, a 429 without Retry-After). */
export function retryResult(actionId: string, message: string, serviceMessage?: string): ConnectorTypeExecutorResult<never> {
  return { ...errorResult(actionId, message, { serviceMessage }), retry: true };
}

/** A failure to retry at a given time (a 429 with Retry-After). */
export function retryResultAt(
  actionId: string,
  message: string,
  retryAt: Date,
  serviceMessage?: string
): ConnectorTypeExecutorResult<never> {
  return { ...errorResult(actionId, message, { serviceMessage }), retry: retryAt };
}
