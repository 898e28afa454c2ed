import { createTestDataDir } from './data_dir';
import { startTestPostgres, type TestPostgres } from './postgres';

export interface TestStore {
  dialect: 'sqlite' | 'postgres';
  /** Set for PostgreSQL: the `storage.url` of a database of this suite's own. */
  url?: string;
  /** A fresh folder (the SQLite file lives here). */
  dataPath: string;
}

/**
 * Runs one suite against both engines: SQLite in a temp folder and a PostgreSQL database.
 * `fn` receives a getter, valid inside hooks and tests.
 */
export function describeEachStore(name: string, fn: (getStore: () => TestStore) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    describe(`${name} [${dialect}]`, () => {
      let store: TestStore | undefined;
      let postgres: TestPostgres | undefined;
      let cleanup: () => void = () => undefined;

      beforeAll(async () => {
        const dir = createTestDataDir();
        cleanup = dir.cleanup;
        if (dialect === 'postgres') postgres = await startTestPostgres();
        store = { dialect, dataPath: dir.path, url: postgres?.url };
      }, 60_000);

      fn(() => {
        if (!store) throw new Error('the store is ready only inside hooks and tests');
        return store;
      });

      // Declared after the suite's own hooks, so it runs after them (the suite closes its store first).
      afterAll(async () => {
        await postgres?.stop();
        cleanup();
      });
    });
  }
}
