import { type Kysely, sql } from 'kysely';
import type { StorageDialect, StorageMigrations } from '@kbn/core-server';
import type { ConcreteTaskInstance, TaskState, TaskStatus } from '../task';

export const TASK_TABLE = 'task_manager_tasks';

/**
 * One row per task. Times are epoch milliseconds (bigint): cheap to compare and index on both
 * engines, and the claim query does arithmetic on them.
 */
export interface TaskRow {
  id: string;
  task_type: string;
  /** JSON array of strings, or null. */
  scope: string | null;
  /** JSON text on SQLite; parsed by the driver from jsonb on PostgreSQL. */
  params: unknown;
  state: unknown;
  status: string;
  run_at: number | string;
  scheduled_at: number | string;
  started_at: number | string | null;
  retry_at: number | string | null;
  attempts: number;
  owner_id: string | null;
  /** Bumped by every write; a claim holds the version it wrote. */
  version: number | string;
  schedule_interval: string | null;
  /** SQLite has no booleans: 0/1 there. */
  enabled: boolean | number;
  last_error: string | null;
  created_at: number | string;
  updated_at: number | string;
}

export interface TaskTables {
  [TASK_TABLE]: TaskRow;
}

export type TaskDb = Kysely<TaskTables>;

export function taskMigrations(dialect: StorageDialect): StorageMigrations {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  return {
    '001_tasks': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable(TASK_TABLE)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('task_type', 'text', (c) => c.notNull())
          .addColumn('scope', 'text')
          .addColumn('params', sql.raw(json), (c) => c.notNull())
          .addColumn('state', sql.raw(json), (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('run_at', 'bigint', (c) => c.notNull())
          .addColumn('scheduled_at', 'bigint', (c) => c.notNull())
          .addColumn('started_at', 'bigint')
          .addColumn('retry_at', 'bigint')
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('owner_id', 'text')
          .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
          .addColumn('schedule_interval', 'text')
          .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        // Claiming looks for idle tasks that are due, and for claims whose lease ran out.
        await db.schema.createIndex('task_manager_tasks_due').on(TASK_TABLE).columns(['status', 'run_at']).execute();
        await db.schema.createIndex('task_manager_tasks_lease').on(TASK_TABLE).columns(['status', 'retry_at']).execute();
        await db.schema.createIndex('task_manager_tasks_type').on(TASK_TABLE).columns(['task_type', 'status']).execute();
      },
    },
  };
}

const toDate = (value: number | string): Date => new Date(Number(value));
const toNullableDate = (value: number | string | null): Date | null => (value === null ? null : new Date(Number(value)));
const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export function toTaskInstance(row: TaskRow): ConcreteTaskInstance {
  const task: ConcreteTaskInstance = {
    id: row.id,
    taskType: row.task_type,
    version: String(row.version),
    params: parseJson(row.params) as Record<string, unknown>,
    state: parseJson(row.state) as TaskState,
    status: row.status as TaskStatus,
    runAt: toDate(row.run_at),
    scheduledAt: toDate(row.scheduled_at),
    startedAt: toNullableDate(row.started_at),
    retryAt: toNullableDate(row.retry_at),
    attempts: row.attempts,
    ownerId: row.owner_id,
    enabled: Boolean(row.enabled),
    lastError: row.last_error,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
  if (row.scope !== null) task.scope = JSON.parse(row.scope) as string[];
  if (row.schedule_interval !== null) task.schedule = { interval: row.schedule_interval };
  return task;
}

/** Values as each driver wants them: better-sqlite3 binds no booleans. */
export function toBoolean(dialect: StorageDialect, value: boolean): boolean | number {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}
