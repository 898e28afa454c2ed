import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser, Headers, KibanaRequest, RouteConfigOptions, RouteMethod } from './types';

export interface RequestState {
  spaceId: string;
  /** The URL as sent, before the base path and space prefix were taken off for routing. */
  originalUrl: string;
}

export const REQUEST_STATE = Symbol('kbnRequestState');

export type RawRequest = FastifyRequest['raw'] & { [REQUEST_STATE]?: RequestState };

/** What the router fills in as the request moves through the lifecycle; handlers see it read-only. */
export interface MutableKibanaRequest<P = unknown, Q = unknown, B = unknown> extends KibanaRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  auth: { isAuthenticated: boolean; user?: AuthenticatedUser };
}

export function requestState(raw: FastifyRequest): RequestState {
  return (raw.raw as RawRequest)[REQUEST_STATE] ?? { spaceId: 'default', originalUrl: raw.url };
}

/** The full URL the client asked for: its Host header when that parses, else the server's own address. */
function fullUrl(path: string, host: string | undefined, serverUrl: string): URL {
  if (host) {
    try {
      return new URL(path, `http://${host}`);
    } catch {
      // A malformed Host header is the client's problem, not a reason to fail the request.
    }
  }
  return new URL(path, serverUrl);
}

export function createKibanaRequest(
  raw: FastifyRequest,
  route: { path: string; method: RouteMethod; options: RouteConfigOptions },
  signal: AbortSignal,
  serverUrl: string
): MutableKibanaRequest {
  const state = requestState(raw);
  return {
    id: randomUUID(),
    url: fullUrl(state.originalUrl, raw.headers.host, serverUrl),
    method: route.method,
    headers: raw.headers as Headers,
    params: {},
    query: {},
    body: {},
    spaceId: state.spaceId,
    route,
    signal,
    auth: { isAuthenticated: false },
    socket: { remoteAddress: raw.socket.remoteAddress },
  };
}
