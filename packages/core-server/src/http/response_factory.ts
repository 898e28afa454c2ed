import { STATUS_CODES } from 'node:http';
import type { ErrorResponseOptions, Headers, IKibanaResponse, KibanaResponseFactory, ResponseBody, ResponseOptions } from './types';

export class KibanaResponse implements IKibanaResponse {
  constructor(
    public readonly status: number,
    public readonly payload?: ResponseBody,
    public readonly headers: Headers = {}
  ) {}
}

/** Kibana's error body: `{ statusCode, error, message, attributes? }`. */
export function errorBody(statusCode: number, body?: ErrorResponseOptions['body']): Record<string, unknown> {
  const reason = STATUS_CODES[statusCode] ?? 'Unknown';
  if (body === undefined) return { statusCode, error: reason, message: reason };
  if (typeof body === 'string') return { statusCode, error: reason, message: body };
  if (body instanceof Error) return { statusCode, error: reason, message: body.message };
  return body.attributes === undefined
    ? { statusCode, error: reason, message: body.message }
    : { statusCode, error: reason, message: body.message, attributes: body.attributes };
}

function isErrorLike(body: unknown): body is ErrorResponseOptions['body'] {
  if (body === undefined || typeof body === 'string' || body instanceof Error) return true;
  return typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body) && typeof (body as { message?: unknown }).message === 'string';
}

const error = (statusCode: number) => (options: ErrorResponseOptions = {}) =>
  new KibanaResponse(statusCode, errorBody(statusCode, options.body), options.headers);

export const kibanaResponseFactory: KibanaResponseFactory = {
  ok: (options: ResponseOptions = {}) => new KibanaResponse(200, options.body, options.headers),
  accepted: (options: ResponseOptions = {}) => new KibanaResponse(202, options.body, options.headers),
  noContent: (options = {}) => new KibanaResponse(204, undefined, options.headers),
  redirected: (options) => new KibanaResponse(302, options.body, options.headers),
  badRequest: error(400),
  unauthorized: error(401),
  forbidden: error(403),
  notFound: error(404),
  conflict: error(409),
  customError: (options) => {
    if (options.statusCode < 400 || options.statusCode > 599) {
      throw new Error(`Unexpected Http status code. Expected from 400 to 599, but given: ${options.statusCode}`);
    }
    return new KibanaResponse(options.statusCode, errorBody(options.statusCode, options.body), options.headers);
  },
  // Like Kibana, an error status from `custom` still answers in the error shape.
  custom: (options) =>
    new KibanaResponse(options.statusCode, options.statusCode >= 400 && isErrorLike(options.body) ? errorBody(options.statusCode, options.body) : options.body, options.headers),
};

export function isKibanaResponse(value: unknown): value is IKibanaResponse {
  return value instanceof KibanaResponse;
}
