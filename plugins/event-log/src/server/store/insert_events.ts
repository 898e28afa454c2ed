import type { EventRows } from './event_rows';
import type { EventStore } from './tables';

/** Rows per INSERT statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) result.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return result;
}

/** Stores a batch of events in one transaction: a few multi-row INSERTs, whatever the batch size. */
export async function insertEvents({ db, dialect }: EventStore, batch: EventRows[]): Promise<void> {
  if (batch.length === 0) return;
  // better-sqlite3 binds no booleans.
  const savedObjects = batch.flatMap((b) => b.savedObjects).map((so) => (dialect === 'sqlite' ? { ...so, space_agnostic: Number(so.space_agnostic) } : so));
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(batch.map((b) => b.event))) await trx.insertInto('event_log').values(rows).execute();
    for (const rows of chunks(savedObjects)) await trx.insertInto('event_log_saved_objects').values(rows).execute();
    for (const rows of chunks(batch.flatMap((b) => b.spaces))) await trx.insertInto('event_log_space_ids').values(rows).execute();
  });
}
