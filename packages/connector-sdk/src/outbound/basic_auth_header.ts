import type { RawAxiosRequestHeaders } from 'axios';

export interface BasicAuthCredentials {
  username: string;
  password: string;
}

export function getBasicAuthHeader({ username, password }: BasicAuthCredentials): { Authorization: string } {
  return { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}

/**
 * Basic auth as a header rather than axios' `auth` option, as Kibana does, so a connector's own
 * `Authorization` header (given in `headers`) still wins over configured credentials.
 */
export function combineHeadersWithBasicAuthHeader({
  username,
  password,
  headers,
}: Partial<BasicAuthCredentials> & { headers?: RawAxiosRequestHeaders | null } = {}): RawAxiosRequestHeaders | undefined {
  return username != null && password != null ? { ...getBasicAuthHeader({ username, password }), ...headers } : (headers ?? undefined);
}

/** Config headers, overridden by the secret ones (webhook connectors keep tokens in secrets). */
export function mergeConfigHeadersWithSecretHeaders(
  configHeaders?: Record<string, string> | null,
  secretHeaders?: Record<string, string> | null
): Record<string, string> {
  return { ...(configHeaders ?? {}), ...(secretHeaders ?? {}) };
}
