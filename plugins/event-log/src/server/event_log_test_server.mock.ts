import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KibanaRequest } from '@kbn/core-server';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { IEventLogService } from './logger/event_log_service';
import type { IEventLogClient } from './queries/event_log_client';
import type { EventStore, EventLogTables } from './store/tables';
import type { EventLogServerStart } from './types';

const PACKAGE_ROOT = resolve(__dirname, '..', '..');
/** The repository's plugins (only eventLog is loaded, through the fixture's dependency) and the fixture. */
const PLUGIN_SEARCH_PATHS = [resolve(PACKAGE_ROOT, '..'), join(PACKAGE_ROOT, 'test_fixtures', 'plugins')];

/** The parts of `@kbn/test`'s `TestStore` used here. */
export interface StoreLocation {
  url?: string;
  dataPath: string;
}

export interface LogLine {
  message: string;
  log: { level: string; logger: string };
}

export interface EventLogTestServer {
  root: TestRoot;
  /** The setup contract, as the fixture plugin got it (providers `actions` and `fixture` registered). */
  eventLog: IEventLogService;
  start: EventLogServerStart;
  /** A client as a route handler of a request in this space gets it. */
  client(spaceId?: string): IEventLogClient;
  store: EventStore;
  /** What `plugins.eventLog` logged at info and above (debug and above with `debug: true`). */
  logs(): LogLine[];
  stop(): Promise<void>;
}

/** A real server with eventLog and the fixture plugin on the given store. */
export async function startEventLogServer(
  location: StoreLocation,
  options: { config?: Record<string, unknown>; debug?: boolean } = {}
): Promise<EventLogTestServer> {
  const logFile = join(location.dataPath, `event-log-${randomBytes(4).toString('hex')}.log`);
  const root = await createTestRoot({
    plugins: ['eventLogFixture'],
    pluginSearchPaths: PLUGIN_SEARCH_PATHS,
    storageUrl: location.url,
    config: {
      'path.data': location.dataPath,
      'logging.appenders': { eventLog: { type: 'file', fileName: logFile, layout: { type: 'json' } } },
      'logging.loggers': [{ name: 'plugins.eventLog', level: options.debug ? 'debug' : 'info', appenders: ['eventLog'] }],
      ...options.config,
    },
  });
  const start = root.plugins.get('eventLog') as EventLogServerStart;
  const { eventLog } = root.plugins.get('eventLogFixture') as { eventLog: IEventLogService };
  return {
    root,
    eventLog,
    start,
    client: (spaceId = 'default') => start.getClient({ spaceId } as KibanaRequest),
    store: { db: root.core.storage.getDb<EventLogTables>(), dialect: root.core.storage.dialect },
    logs: () => {
      root.root.logging.flush();
      if (!existsSync(logFile)) return [];
      return readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LogLine);
    },
    stop: () => root.stop(),
  };
}
