import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { TestStore } from '@kbn/test';

const repoRoot = join(__dirname, '..', '..', '..', '..', '..');
const fixtures = join(__dirname, '..', '..', '..', 'test_fixtures', 'plugins');

export const ENCRYPTION_KEY = 'a-test-encryption-key-of-32-chars!!';
export const jsonHeaders = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };

export interface ActionsTestServer extends TestRoot {
  /** `fetch` against the server, JSON in and out. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

/** A real server with the actions plugin, its dependencies and the fixture connector types. */
export async function startActionsTestServer(store: TestStore, config: Record<string, unknown> = {}): Promise<ActionsTestServer> {
  const server = await createTestRoot({
    plugins: ['actions', 'actionsFixture', 'spaces', 'cloud'],
    pluginSearchPaths: [join(repoRoot, 'plugins'), join(repoRoot, 'packages'), fixtures],
    storageUrl: store.url,
    config: { 'xpack.encryptedSavedObjects.encryptionKey': ENCRYPTION_KEY, 'xpack.task_manager.poll_interval': 100, ...config },
  });
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: jsonHeaders, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return Object.assign(server, { api });
}
