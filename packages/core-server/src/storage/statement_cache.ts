import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver calls `prepare(sql)` for every query, and better-sqlite3 compiles the SQL
 * again each time (the queued execution path spent about a tenth of its CPU there). This keeps the
 * most recently used statements by SQL text. A statement still being iterated (a streamed query) is
 * busy and cannot run twice at once, so a fresh one is prepared for that call instead.
 */
export function withStatementCache(database: Database, max = 1000): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // most recently used last: the first key is the one to evict
        cache.delete(sql);
        cache.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > max) cache.delete(cache.keys().next().value as string);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
