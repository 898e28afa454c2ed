import type { StorageDialect } from '@kbn/core-server';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type ConcreteTaskInstance, TaskStatus } from '../task';
import type { TaskTypeDictionary } from '../task_type_dictionary';
import { TASK_TABLE, type TaskDb, type TaskTables, toBoolean, toTaskInstance } from './task_table';

/**
 * Extra time on top of a type's timeout before its claim lapses: the owner aborts a run at its
 * timeout, measured from slightly after the claim, and must get to write the result first.
 */
export const CLAIM_LEASE_SLACK_MS = 5000;

/**
 * Claims due tasks in one statement: `UPDATE ... WHERE id IN (SELECT id ... LIMIT n) RETURNING *`.
 * PostgreSQL: the inner select takes row locks with SKIP LOCKED, so concurrent claimers in other
 * processes pass over each other's rows instead of waiting or double-claiming; a row changed by a
 * claimer that committed first is re-checked against the WHERE clause and dropped. SQLite: an
 * UPDATE in autocommit mode takes the write lock before it reads, so the statement is its own
 * immediate transaction.
 * Due means idle with `run_at <= now`, or claimed with a lapsed lease (`retry_at <= now`: its
 * owner died or lost the store), so killed work runs again once its lease runs out.
 */
export class TaskClaimer {
  constructor(private readonly deps: { db: TaskDb; dialect: StorageDialect; ownerId: string; definitions: TaskTypeDictionary }) {}

  public async claim(types: readonly string[], limit: number, now = Date.now()): Promise<ConcreteTaskInstance[]> {
    if (types.length === 0 || limit <= 0) return [];
    // Two statements rather than one OR: each walks its own index in order and stops at `limit`,
    // where an OR of both makes the engines merge and sort every due row on each claim.
    const lapsed = await this.claimWhere(types, limit, now, 'retry_at', (eb) =>
      eb.and([eb('status', 'in', [TaskStatus.Claiming, TaskStatus.Running]), eb('retry_at', '<=', now)])
    );
    const remaining = limit - lapsed.length;
    if (remaining <= 0) return lapsed;
    const due = await this.claimWhere(types, remaining, now, 'run_at', (eb) => eb.and([eb('status', '=', TaskStatus.Idle), eb('run_at', '<=', now)]));
    return lapsed.length === 0 ? due : [...lapsed, ...due];
  }

  private async claimWhere(
    types: readonly string[],
    limit: number,
    now: number,
    order: 'run_at' | 'retry_at',
    ready: (eb: ExpressionBuilder<TaskTables, typeof TASK_TABLE>) => Expression<SqlBool>
  ): Promise<ConcreteTaskInstance[]> {
    const { db, dialect, ownerId } = this.deps;
    const rows = await db
      .updateTable(TASK_TABLE)
      .set((eb) => ({
        status: TaskStatus.Running,
        owner_id: ownerId,
        started_at: now,
        retry_at: this.leaseExpiry(types, now),
        attempts: eb('attempts', '+', 1),
        version: eb('version', '+', 1),
        updated_at: now,
      }))
      .where('id', 'in', (eb) => {
        const candidates = eb
          .selectFrom(TASK_TABLE)
          .select('id')
          .where((inner) => inner.and([ready(inner), inner('task_type', 'in', types), inner('enabled', '=', toBoolean(dialect, true))]))
          .orderBy(order)
          .limit(limit);
        return dialect === 'postgres' ? candidates.forUpdate().skipLocked() : candidates;
      })
      .returningAll()
      .execute();
    const tasks = rows.map(toTaskInstance);
    // RETURNING gives no order: run the longest-waiting first.
    return tasks.length > 1 ? tasks.sort((a, b) => a.runAt.getTime() - b.runAt.getTime()) : tasks;
  }

  /** `now + timeout + slack` per type, as a CASE over the claimed types (integers only, inlined). */
  private leaseExpiry(types: readonly string[], now: number): Expression<number> {
    const base = now + CLAIM_LEASE_SLACK_MS;
    const timeouts = types.map((type) => this.deps.definitions.get(type)?.timeoutMs ?? 0);
    if (new Set(timeouts).size === 1) return sql<number>`${sql.lit(base + timeouts[0])}`;
    const branches = types.map((type, i) => sql`when ${type} then ${sql.lit(base + timeouts[i])}`);
    return sql<number>`case task_type ${sql.join(branches, sql` `)} else ${sql.lit(base)} end`;
  }
}
