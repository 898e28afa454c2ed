import { join } from 'node:path';
import { findRepoRoot } from '@kbn/core-server';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';

/** Folder of the fixture plugin `spacesFixture` (a `single`-namespace type and routes using the contracts). */
export const FIXTURE_PLUGINS_PATH = join(__dirname, '..', '..', 'test_fixtures', 'plugins');

export interface SpacesTestServerOptions {
  /** A PostgreSQL `storage.url`; SQLite in a temp folder otherwise. */
  storageUrl?: string;
  /** kibana.yml settings, e.g. `{ 'xpack.spaces.maxSpaces': 3 }`. */
  config?: Record<string, unknown>;
  /** Also load the fixture plugin. */
  withFixture?: boolean;
}

export interface TestResponse<T> {
  status: number;
  body: T;
}

export interface SpacesTestServer {
  root: TestRoot;
  /** A JSON request over a real socket; writes carry `kbn-xsrf` unless `headers` say otherwise. */
  request<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<TestResponse<T>>;
  stop(): Promise<void>;
}

/** A real server with the spaces plugin (and optionally the fixture), on a free port. */
export async function startSpacesTestServer(options: SpacesTestServerOptions = {}): Promise<SpacesTestServer> {
  const root = await createTestRoot({
    plugins: options.withFixture ? ['spaces', 'spacesFixture'] : ['spaces'],
    pluginSearchPaths: [join(findRepoRoot(__dirname), 'plugins'), ...(options.withFixture ? [FIXTURE_PLUGINS_PATH] : [])],
    storageUrl: options.storageUrl,
    config: options.config,
  });
  return {
    root,
    request: (method, path, body, headers) => sendJson(root.url, method, path, body, headers),
    stop: () => root.stop(),
  };
}

export async function sendJson<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'kbn-xsrf': 'true' }
): Promise<TestResponse<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}
