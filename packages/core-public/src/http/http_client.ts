import { decodeOrThrow } from '@kbn/actions-common';
import type * as t from 'io-ts';

export type HttpQuery = Record<string, string | number | boolean | undefined>;

export interface HttpRequestOptions<A> {
  query?: HttpQuery;
  /** Sent as JSON. */
  body?: unknown;
  /** Decodes the response body; a mismatch throws the codec's `DecodeError`. */
  codec?: t.Type<A, unknown, unknown>;
  signal?: AbortSignal;
}

/** A response whose status was not 2xx; `body` is what the server answered (Kibana's error body). */
export class HttpFetchError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown
  ) {
    const message = (body as { message?: unknown } | undefined)?.message;
    super(typeof message === 'string' ? message : `Request failed with status ${status}`);
    this.name = 'HttpFetchError';
  }
}

/** The space-aware client apps get: every path is relative to the current space's base path. */
export interface HttpSetup {
  /** The current space's base path, to build links: `prepend('/app/x')`. */
  prepend(path: string): string;
  get<A = unknown>(path: string, options?: HttpRequestOptions<A>): Promise<A>;
  post<A = unknown>(path: string, options?: HttpRequestOptions<A>): Promise<A>;
  put<A = unknown>(path: string, options?: HttpRequestOptions<A>): Promise<A>;
  delete<A = unknown>(path: string, options?: HttpRequestOptions<A>): Promise<A>;
}

export function createHttpClient(spaceBasePath: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): HttpSetup {
  const prepend = (path: string) => `${spaceBasePath}${path}`;

  async function request<A>(method: string, path: string, options: HttpRequestOptions<A> = {}): Promise<A> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) query.set(key, String(value));
    const url = prepend(path) + (query.size > 0 ? `?${query}` : '');
    const headers: Record<string, string> = { accept: 'application/json' };
    // Kibana refuses writes without it (cross-site request forgery protection).
    if (method !== 'GET') headers['kbn-xsrf'] = 'kibana';
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetchImpl(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
    const text = await response.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    if (!response.ok) throw new HttpFetchError(response.status, body);
    return options.codec ? decodeOrThrow(options.codec, body) : (body as A);
  }

  return {
    prepend,
    get: (path, options) => request('GET', path, options),
    post: (path, options) => request('POST', path, options),
    put: (path, options) => request('PUT', path, options),
    delete: (path, options) => request('DELETE', path, options),
  };
}
