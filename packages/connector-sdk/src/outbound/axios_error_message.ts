import { isAxiosError } from 'axios';
import { messageOf } from '../errors/message_of';

/** Kibana's prefix for connector errors: `[Action][<connector name>]: <message>`. */
export function getErrorMessage(connector: string, message: string): string {
  return `[Action][${connector}]: ${message}`;
}

/** What a service said about its failure, from the usual shapes of error bodies. */
export function getServiceMessage(data: unknown): string | undefined {
  if (typeof data === 'string') return data.length > 0 ? data : undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  const body = data as Record<string, unknown>;
  for (const key of ['message', 'error_description', 'errorMessage', 'detail'] as const) {
    if (typeof body[key] === 'string' && body[key]) return body[key] as string;
  }
  const error = body.error;
  if (typeof error === 'string' && error) return error;
  if (typeof error === 'object' && error !== null) {
    const nested = (error as Record<string, unknown>).message ?? (error as Record<string, unknown>).reason;
    if (typeof nested === 'string' && nested) return nested;
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) return JSON.stringify(body.errors);
  return undefined;
}

/**
 * One line for a failed call: `Status code: 404. Message: <the service's message>` when the
 * service answered (the sub-action framework's format), else the network error (`[ECONNREFUSED]
 * connect ECONNREFUSED ...`) or the error's message.
 */
export function describeAxiosError(error: unknown): string {
  if (isAxiosError(error)) {
    const status = error.response?.status ?? error.status;
    if (status !== undefined) {
      return `Status code: ${status}. Message: ${getServiceMessage(error.response?.data) ?? error.message}`;
    }
    return error.code ? `[${error.code}] ${error.message}` : error.message;
  }
  return messageOf(error);
}
