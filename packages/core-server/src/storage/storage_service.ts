import type { Kysely } from 'kysely';
import type { Logger } from '../logging/types';
import { coreMigrations } from './core_migrations';
import { dialectOf, describeUrl, openDatabase, type StorageConfig } from './database';
import { createMetadataStore } from './metadata';
import { runMigrations } from './migrations';
import type { StorageMigrations, StorageServiceSetup, StorageServiceStart } from './types';

/** The store under everything: SQLite by default, PostgreSQL when `storage.url` is set. */
export class StorageService {
  private readonly migrations = new Map<string, StorageMigrations>();
  private db?: Kysely<unknown>;

  constructor(private readonly deps: { logger: Logger; config: StorageConfig }) {
    this.migrations.set('core', coreMigrations(dialectOf(deps.config)));
  }

  public setup(): StorageServiceSetup {
    return {
      dialect: dialectOf(this.deps.config),
      registerMigrations: (owner, migrations) => {
        if (this.migrations.has(owner)) throw new Error(`Storage migrations of [${owner}] are already registered`);
        this.migrations.set(owner, migrations);
      },
    };
  }

  public async start(): Promise<StorageServiceStart> {
    const { config, logger } = this.deps;
    const dialect = dialectOf(config);
    const db = await openDatabase<unknown>(config, (error) => logger.warn(`Lost an idle PostgreSQL connection: ${error.message}`));
    this.db = db;
    logger.info(dialect === 'postgres' ? `Using PostgreSQL at ${describeUrl(config.url!)}` : `Using SQLite in ${config.dataPath}`);
    const applied = await runMigrations(db, this.migrations);
    if (applied.length > 0) logger.info(`Applied storage migrations: ${applied.join(', ')}`);
    const getDb = <DB>() => db as unknown as Kysely<DB>;
    return { dialect, getDb, metadata: createMetadataStore(getDb()) };
  }

  public async stop(): Promise<void> {
    await this.db?.destroy();
    this.db = undefined;
  }
}
