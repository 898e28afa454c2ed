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

export interface MutableKibanaRequest<P = unknown, Q = unknown, B = unknown> extends KibanaRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  auth: { isAuthenticated: boolean; user?: AuthenticatedUser };
}

export function createKibanaRequest(
  raw: FastifyRequest,
  route: { path: string; method: RouteMethod; options: RouteConfigOptions },
  signal: AbortSignal,
  publicUrl: string
): MutableKibanaRequest {
  const state = (raw.raw as RawRequest)[REQUEST_STATE] ?? { spaceId: 'default', originalUrl: raw.url };
  return {
    id: typeof raw.headers['x-opaque-id'] === 'string' ? raw.headers['x-opaque-id'] : randomUUID(),
    url: new URL(state.originalUrl, publicUrl),
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
