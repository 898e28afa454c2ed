import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';

const packageRoot = join(__dirname, '..', '..', '..');
const repoRoot = join(packageRoot, '..', '..');

export const ENCRYPTION_KEY = 'a-test-encryption-key-of-32-chars!!';

export interface ElasticStackTestServer extends TestRoot {
  /** Kibana's API, JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/**
 * A real server with the actions plugin and this package (found by path, so it runs before
 * `npm install` links the package), plus any extra plugin folders.
 */
export async function startElasticStackTestServer(config: Record<string, unknown> = {}, extraPlugins: { ids: string[]; paths: string[] } = { ids: [], paths: [] }): Promise<ElasticStackTestServer> {
  const server = await createTestRoot({
    plugins: ['connectorsElasticStack', ...extraPlugins.ids],
    pluginSearchPaths: [join(repoRoot, 'plugins')],
    pluginPaths: [packageRoot, ...extraPlugins.paths],
    config: { 'xpack.encryptedSavedObjects.encryptionKey': ENCRYPTION_KEY, ...config },
  });
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'kbn-xsrf': 'true' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return Object.assign(server, { api });
}
