import type { ConnectorTypeExecutorResult } from '../connector_type/executor_result';
import { retryResult, retryResultAt } from '../connector_type/executor_result';

type HeadersLike = Record<string, unknown> | undefined | null;

function headerValue(headers: HeadersLike, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
  return value == null ? undefined : String(value);
}

/** Seconds to wait from a `Retry-After` header in seconds (Kibana reads only this form). */
export function getRetryAfterSeconds(headers: HeadersLike): number | undefined {
  const value = headerValue(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = parseInt(value, 10);
  return isNaN(seconds) ? undefined : seconds;
}

/**
 * When to retry, from `Retry-After` in seconds or as an HTTP date (which services such as
 * Microsoft's send, and Kibana ignores); undefined when the header is absent or unreadable.
 */
export function getRetryAfterDate(headers: HeadersLike, now: number = Date.now()): Date | undefined {
  const value = headerValue(headers, 'retry-after');
  if (value === undefined) return undefined;
  const date = /^\s*\d+\s*$/.test(value) ? NaN : Date.parse(value);
  if (!isNaN(date)) return new Date(date);
  const seconds = getRetryAfterSeconds(headers);
  return seconds === undefined ? undefined : new Date(now + seconds * 1000);
}

/** 429 Too Many Requests: the service asks to slow down. */
export function isThrottled(status: number | undefined): boolean {
  return status === 429;
}

/**
 * Kibana connectors' common answer to a failed response: a 5xx is retried with backoff, a 429 at
 * the time Retry-After names (with backoff when it names none); anything else is not for retrying,
 * so undefined lets the connector build its own error.
 */
export function getRetryResultForResponse(
  actionId: string,
  response: { status?: number; headers?: HeadersLike },
  message: string,
  serviceMessage?: string
): ConnectorTypeExecutorResult<never> | undefined {
  const status = response.status ?? 0;
  if (status >= 500) return retryResult(actionId, message, serviceMessage);
  if (isThrottled(status)) {
    const retryAt = getRetryAfterDate(response.headers);
    return retryAt ? retryResultAt(actionId, message, retryAt, serviceMessage) : retryResult(actionId, message, serviceMessage);
  }
  return undefined;
}
