import { createTestDataDir } from '@kbn/test';
import { findRepoRoot } from './root/environment';
import { Root, type RootStart } from './root/root';

export { MemoryLogger, type LogRecord } from './logging/memory_logger';

export interface TestRootOptions {
  /** Plugin ids to load (with what they require); all of the repository's when omitted. */
  plugins?: string[];
  /** kibana.yml settings, dotted or nested. */
  config?: Record<string, unknown>;
  /** A PostgreSQL `storage.url`; SQLite in a temp folder otherwise. */
  storageUrl?: string;
  /** Folders to find plugins in, instead of the repository's plugins/ and packages/. */
  pluginSearchPaths?: string[];
  /** Plugin folders to load too (`--plugin-path`). */
  pluginPaths?: string[];
}

export interface TestRoot extends RootStart {
  root: Root;
  dataPath: string;
  stop(): Promise<void>;
}

/** A real server, in this process, on 127.0.0.1 and a free port, with its own data folder. */
export async function createTestRoot(options: TestRootOptions = {}): Promise<TestRoot> {
  const dataDir = createTestDataDir('kbn-root-');
  const root = new Root({
    repoRoot: findRepoRoot(__dirname),
    configFiles: [],
    pluginSearchPaths: options.pluginSearchPaths,
    pluginPaths: options.pluginPaths,
    pluginFilter: options.plugins,
    overrides: {
      'server.host': '127.0.0.1',
      'server.port': 0,
      'path.data': dataDir.path,
      'logging.root.level': process.env.TEST_LOG_LEVEL ?? 'error',
      ...(options.storageUrl ? { 'storage.url': options.storageUrl } : {}),
      ...options.config,
    },
  });
  try {
    const started = await root.start();
    return {
      ...started,
      root,
      dataPath: dataDir.path,
      stop: async () => {
        await root.shutdown();
        dataDir.cleanup();
      },
    };
  } catch (error) {
    await root.shutdown();
    dataDir.cleanup();
    throw error;
  }
}
