import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Pool } from 'pg';
import { withStatementCache } from './statement_cache';
import type { StorageDialect } from './types';

export interface StorageConfig {
  /** `postgres://user:pass@host:port/db`; without it the embedded SQLite file is used. */
  url?: string;
  /** Folder of the SQLite file (`kibana.sqlite`). */
  dataPath: string;
}

export function dialectOf(config: StorageConfig): StorageDialect {
  return config.url && /^postgres(ql)?:\/\//.test(config.url) ? 'postgres' : 'sqlite';
}

/** Opens the store: one WAL-mode SQLite connection, or a pool of PostgreSQL connections. */
export async function openDatabase<DB>(config: StorageConfig, onIdleError: (error: Error) => void): Promise<Kysely<DB>> {
  if (dialectOf(config) === 'postgres') {
    const pool = new Pool({ connectionString: config.url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not take the process down.
    pool.on('error', onIdleError);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy();
      throw new Error(`Unable to connect to PostgreSQL at ${describeUrl(config.url!)}: ${(error as Error).message}`);
    }
    return db;
  }
  mkdirSync(config.dataPath, { recursive: true });
  const database = new Database(join(config.dataPath, 'kibana.sqlite'));
  database.pragma('journal_mode = WAL');
  // Several processes may share the file (CLI tools, a second server): wait for a writer, don't fail.
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/** Host, port and database of a URL, never its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparsable storage.url';
  }
}
