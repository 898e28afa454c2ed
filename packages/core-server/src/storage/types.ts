import type { Kysely, Migration } from 'kysely';

export type StorageDialect = 'sqlite' | 'postgres';

/**
 * A plugin's schema migrations, keyed by a name that sorts in the order they must run
 * (e.g. `001_tasks`). Core prefixes each with the owner (`taskManager/001_tasks`) and runs them at start.
 */
export type StorageMigrations = Record<string, Migration>;

export interface StorageServiceSetup {
  readonly dialect: StorageDialect;
  registerMigrations(owner: string, migrations: StorageMigrations): void;
}

export interface StorageServiceStart {
  readonly dialect: StorageDialect;
  /**
   * The one shared connection pool (SQLite: one WAL-mode connection). Typed by the caller,
   * who knows the tables its own migrations made.
   */
  getDb<DB>(): Kysely<DB>;
  /** A small key-value table for platform metadata (instance uuid, generated keys ...). */
  metadata: {
    get(key: string): Promise<string | undefined>;
    /** Sets the value only if the key has none yet; returns the stored value (theirs if another process won). */
    setIfAbsent(key: string, value: string): Promise<string>;
    set(key: string, value: string): Promise<void>;
  };
}
