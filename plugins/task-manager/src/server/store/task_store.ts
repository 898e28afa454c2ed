import { randomUUID } from 'node:crypto';
import { SavedObjectsErrorHelpers, type StorageDialect } from '@kbn/core-server';
import { sql } from 'kysely';
import { isValidInterval } from '../intervals';
import { type ConcreteTaskInstance, type TaskInstance, TaskStatus } from '../task';
import type { TaskTypeDictionary } from '../task_type_dictionary';
import { TASK_TABLE, type TaskDb, type TaskRow, toBoolean, toTaskInstance } from './task_table';

/** The saved-object type named in not-found and conflict errors, as Kibana's tasks are `task` objects. */
const TASK_SO_TYPE = 'task';

export interface FetchOptions {
  types?: string[];
  statuses?: TaskStatus[];
  /** Tasks whose scope includes this label. */
  scope?: string;
  ids?: string[];
  /** Default 100, at most 10000. */
  size?: number;
}

export interface BulkRemoveResult {
  statuses: Array<{ id: string; type: typeof TASK_SO_TYPE; success: boolean; error?: { statusCode: number; message: string } }>;
}

/** Reads and writes tasks for the start contract; claiming and run results live elsewhere. */
export class TaskStore {
  constructor(
    private readonly deps: { db: TaskDb; dialect: StorageDialect; definitions: TaskTypeDictionary }
  ) {}

  /** One statement, no transaction: the common path of enqueueing work. */
  public async schedule(task: TaskInstance): Promise<ConcreteTaskInstance> {
    const row = this.toNewRow(task);
    const inserted = await this.insertIfAbsent(row);
    if (!inserted) throw SavedObjectsErrorHelpers.createConflictError(TASK_SO_TYPE, row.id);
    return toTaskInstance(inserted);
  }

  /** All or nothing: an id that exists already fails the whole batch with a 409. */
  public async bulkSchedule(tasks: TaskInstance[]): Promise<ConcreteTaskInstance[]> {
    if (tasks.length === 0) return [];
    const rows = tasks.map((task) => this.toNewRow(task));
    return this.deps.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom(TASK_TABLE).select('id').where('id', 'in', rows.map((row) => row.id)).executeTakeFirst();
      if (existing) throw SavedObjectsErrorHelpers.createConflictError(TASK_SO_TYPE, existing.id);
      const inserted = await trx.insertInto(TASK_TABLE).values(rows).returningAll().execute();
      const byId = new Map(inserted.map((row) => [row.id, toTaskInstance(row)]));
      return rows.map((row) => byId.get(row.id)!);
    });
  }

  /** Schedules the task unless one with its id exists; either way returns the stored task. */
  public async ensureScheduled(task: TaskInstance): Promise<ConcreteTaskInstance> {
    if (!task.id) throw new Error('ensureScheduled needs a task with an id');
    const inserted = await this.insertIfAbsent(this.toNewRow(task));
    return inserted ? toTaskInstance(inserted) : this.get(task.id);
  }

  /** The stored row, or undefined when a task with this id exists already. */
  private insertIfAbsent(row: TaskRow) {
    return this.deps.db.insertInto(TASK_TABLE).values(row).onConflict((oc) => oc.column('id').doNothing()).returningAll().executeTakeFirst();
  }

  public async get(id: string): Promise<ConcreteTaskInstance> {
    const row = await this.deps.db.selectFrom(TASK_TABLE).selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw SavedObjectsErrorHelpers.createGenericNotFoundError(TASK_SO_TYPE, id);
    return toTaskInstance(row);
  }

  public async fetch(options: FetchOptions = {}): Promise<{ docs: ConcreteTaskInstance[] }> {
    const size = Math.min(Math.max(options.size ?? 100, 0), 10_000);
    let query = this.deps.db.selectFrom(TASK_TABLE).selectAll().orderBy('run_at').orderBy('id').limit(size);
    if (options.types) query = query.where('task_type', 'in', nonEmpty(options.types));
    if (options.statuses) query = query.where('status', 'in', nonEmpty(options.statuses));
    if (options.ids) query = query.where('id', 'in', nonEmpty(options.ids));
    // Scope labels are stored as a JSON array: the quoted label, LIKE-escaped, matches one element.
    if (options.scope !== undefined) {
      const pattern = `%${JSON.stringify(options.scope).replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query = query.where(sql<boolean>`scope like ${pattern} escape '!'`);
    }
    const rows = await query.execute();
    return { docs: rows.map(toTaskInstance) };
  }

  public async remove(id: string): Promise<void> {
    const result = await this.deps.db.deleteFrom(TASK_TABLE).where('id', '=', id).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw SavedObjectsErrorHelpers.createGenericNotFoundError(TASK_SO_TYPE, id);
  }

  public async bulkRemove(ids: string[]): Promise<BulkRemoveResult> {
    if (ids.length === 0) return { statuses: [] };
    const deleted = await this.deps.db.deleteFrom(TASK_TABLE).where('id', 'in', ids).returning('id').execute();
    const gone = new Set(deleted.map((row) => row.id));
    return {
      statuses: ids.map((id) =>
        gone.has(id)
          ? { id, type: TASK_SO_TYPE, success: true }
          : { id, type: TASK_SO_TYPE, success: false, error: { statusCode: 404, message: `Saved object [${TASK_SO_TYPE}/${id}] not found` } }
      ),
    };
  }

  /**
   * Makes an idle or failed task due now, as Kibana's runSoon. A failed task starts over with
   * its attempts reset; a claimed or running one is refused.
   */
  public async runSoon(id: string): Promise<{ id: string }> {
    const task = await this.get(id);
    if (task.status === TaskStatus.Claiming || task.status === TaskStatus.Running) {
      throw new Error(`Failed to run task "${id}" as it is currently running`);
    }
    const now = Date.now();
    await this.deps.db
      .updateTable(TASK_TABLE)
      .set((eb) => ({
        status: TaskStatus.Idle,
        run_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
        ...(task.status === TaskStatus.Failed ? { attempts: 0 } : {}),
      }))
      .where('id', '=', id)
      .where('status', 'not in', [TaskStatus.Claiming, TaskStatus.Running])
      .execute();
    return { id };
  }

  private toNewRow(task: TaskInstance): TaskRow {
    this.deps.definitions.ensureHas(task.taskType);
    if (task.schedule && !isValidInterval(task.schedule.interval)) {
      throw new Error(`Invalid interval "${task.schedule.interval}". Intervals must be of the form {number}m. Example: 5m.`);
    }
    const now = Date.now();
    return {
      id: task.id ?? randomUUID(),
      task_type: task.taskType,
      scope: task.scope ? JSON.stringify(task.scope) : null,
      params: JSON.stringify(task.params ?? {}),
      state: JSON.stringify(task.state ?? {}),
      status: TaskStatus.Idle,
      run_at: task.runAt ? task.runAt.getTime() : now,
      scheduled_at: now,
      started_at: null,
      retry_at: null,
      attempts: 0,
      owner_id: null,
      version: 1,
      schedule_interval: task.schedule?.interval ?? null,
      enabled: toBoolean(this.deps.dialect, task.enabled ?? true),
      last_error: null,
      created_at: now,
      updated_at: now,
    };
  }
}

function nonEmpty<T>(values: T[]): T[] {
  // `in ()` is not valid SQL; a value no column holds keeps the query valid and empty.
  return values.length > 0 ? values : ['\u0000' as T];
}
