import { STATUS_CODES } from 'node:http';

/**
 * An error that knows the HTTP answer it stands for. Services throw it (a missing saved object is a
 * 404, a stale version a 409); the router turns it into `{ statusCode, error, message }` when a
 * handler lets it escape. Anything else that escapes a handler is a 500 and is logged.
 */
export class HttpError extends Error {
  constructor(
    public readonly statusCode: number,
    message: string,
    public readonly attributes?: Record<string, unknown>
  ) {
    super(message);
    this.name = 'HttpError';
  }

  /** The reason phrase, e.g. `Not Found`, as Kibana puts in the `error` field. */
  get error(): string {
    return STATUS_CODES[this.statusCode] ?? 'Unknown';
  }
}

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError;
}
