import { join, resolve } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { HealthBody } from './monitoring/health';
import type { TaskDb, TaskTables } from './store/task_table';
import type { TaskManagerStartContract } from './types';

const PACKAGE_ROOT = resolve(__dirname, '..', '..');
/** The repository's plugins (only this one is loaded, through the fixture's dependency) and the fixture. */
const PLUGIN_SEARCH_PATHS = [resolve(PACKAGE_ROOT, '..'), join(PACKAGE_ROOT, 'test_fixtures', 'plugins')];

/** The parts of `@kbn/test`'s `TestStore` used here. */
export interface StoreLocation {
  url?: string;
  /** The SQLite folder; a fresh one when left out. */
  dataPath?: string;
}

/** One run as the fixture recorded it. */
export interface FixtureRun {
  id: string;
  taskType: string;
  attempts: number;
  params: Record<string, unknown>;
  state: Record<string, unknown>;
  at: number;
  /** Set when `run()` settles. */
  finishedAt?: number;
  aborted: boolean;
  cancelled: boolean;
}

export interface TaskTestServer {
  url: string;
  root: TestRoot;
  taskManager: TaskManagerStartContract;
  runs: FixtureRun[];
  db: TaskDb;
  health(): Promise<HealthBody>;
  stop(): Promise<void>;
}

/**
 * A real server with taskManager and the fixture. A short poll interval keeps the tests quick
 * where they wait for retries; the wake-up test sets a huge one.
 */
export async function startTaskServer(store: StoreLocation | undefined, config: Record<string, unknown> = {}): Promise<TaskTestServer> {
  const root = await createTestRoot({
    plugins: ['taskFixture'],
    pluginSearchPaths: PLUGIN_SEARCH_PATHS,
    storageUrl: store?.url,
    config: {
      ...(store?.dataPath ? { 'path.data': store.dataPath } : {}),
      'xpack.task_manager.poll_interval': 200,
      'xpack.task_manager.stop_grace_period': 200,
      ...config,
    },
  });
  return {
    url: root.url,
    root,
    taskManager: root.plugins.get('taskManager') as TaskManagerStartContract,
    runs: (root.plugins.get('taskFixture') as { runs: FixtureRun[] }).runs,
    db: root.core.storage.getDb<TaskTables>(),
    health: async () => (await (await fetch(`${root.url}/api/task_manager/_health`)).json()) as HealthBody,
    stop: () => root.stop(),
  };
}

/** Polls `check` until it returns something truthy (no timing is asserted: the limit only ends a stuck test). */
export async function waitFor<T>(check: () => T | Promise<T>, what = 'the condition', limitMs = 15_000): Promise<NonNullable<T>> {
  const until = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
