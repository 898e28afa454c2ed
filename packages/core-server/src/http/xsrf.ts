import type { Headers, RouteMethod } from './types';

export const XSRF_MESSAGE = 'Request must contain a kbn-xsrf header.';

/** Kibana's CSRF guard: a write must carry `kbn-xsrf` (any value) or `kbn-version`. */
export function isXsrfSafe(method: RouteMethod, headers: Headers): boolean {
  if (method === 'get') return true;
  return headers['kbn-xsrf'] !== undefined || headers['kbn-version'] !== undefined;
}
