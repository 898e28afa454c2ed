import type { Logger } from '@kbn/core-server';
import { type ConcreteTaskInstance, TaskStatus } from '../task';
import type { RunOutcome } from '../task_running/run_outcome';
import { TASK_TABLE, type TaskDb, type TaskRow } from './task_table';

/** What ending a claim may change besides the claim itself. */
type ClaimEndChanges = Partial<Pick<TaskRow, 'status' | 'run_at' | 'state' | 'schedule_interval' | 'attempts' | 'last_error'>>;

interface PendingDelete {
  id: string;
  resolve: (applied: boolean) => void;
}

/**
 * Writes the results of runs back, guarded by the claim: only a row this process still owns, at
 * the version its claim wrote, is changed. A row another process reclaimed (our lease lapsed) or
 * a task removed meanwhile is left alone, and the write reports `false`.
 * Deletes of finished one-off tasks, the hot path, are gathered for one event-loop turn and
 * sent as one statement, guarded by owner only: a run ends (or times out) before its lease
 * lapses, so this process never holds a newer claim on a row it is deleting.
 */
export class TaskCompletions {
  private deletes: PendingDelete[] = [];
  private flushScheduled = false;
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: { db: TaskDb; ownerId: string; logger: Logger }) {}

  /** Resolves with whether the write applied; never rejects (a store error is logged). */
  public write(task: ConcreteTaskInstance, outcome: RunOutcome): Promise<boolean> {
    if (outcome.action === 'delete') {
      return new Promise((resolve) => {
        this.deletes.push({ id: task.id, resolve });
        if (!this.flushScheduled) {
          this.flushScheduled = true;
          setImmediate(() => this.track(this.flushDeletes()));
        }
      });
    }
    const { update } = outcome;
    return this.endClaim(task, 'update', {
      status: update.status,
      run_at: update.runAt,
      state: JSON.stringify(update.state),
      schedule_interval: update.schedule?.interval ?? null,
      attempts: update.attempts,
      last_error: update.lastError,
    });
  }

  /**
   * Gives a claimed task back (the server stops before its run ended): idle, due now, and the
   * attempt this claim counted handed back, since a shutdown is not the task's failure.
   */
  public release(task: ConcreteTaskInstance): Promise<boolean> {
    return this.endClaim(task, 'release', { status: TaskStatus.Idle, attempts: Math.max(task.attempts - 1, 0) });
  }

  /** Waits for every write queued so far. */
  public async drain(): Promise<void> {
    while (this.flushScheduled || this.inFlight.size > 0) {
      if (this.flushScheduled) await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([...this.inFlight]);
    }
  }

  private async flushDeletes(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.deletes;
    this.deletes = [];
    try {
      const deleted = await this.deps.db
        .deleteFrom(TASK_TABLE)
        .where('owner_id', '=', this.deps.ownerId)
        .where('id', 'in', batch.map((item) => item.id))
        .returning('id')
        .execute();
      const gone = new Set(deleted.map((row) => row.id));
      for (const item of batch) item.resolve(gone.has(item.id));
    } catch (error) {
      this.deps.logger.error(`Failed to delete ${batch.length} finished task(s): ${(error as Error).message}`);
      for (const item of batch) item.resolve(false);
    }
  }

  /**
   * Writes `changes` and clears the claim, only where this process still owns the row at the
   * version its claim wrote. Resolves with whether it applied; a store error is logged, never thrown.
   */
  private endClaim(task: ConcreteTaskInstance, what: string, changes: ClaimEndChanges): Promise<boolean> {
    const now = Date.now();
    const result = this.deps.db
      .updateTable(TASK_TABLE)
      .set((eb) => ({ ...changes, owner_id: null, started_at: null, retry_at: null, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', task.id)
      .where('owner_id', '=', this.deps.ownerId)
      .where('version', '=', Number(task.version))
      .executeTakeFirst()
      .then((written) => Number(written.numUpdatedRows) === 1)
      .catch((error: unknown) => {
        this.deps.logger.error(`Failed to ${what} task "${task.taskType}:${task.id}": ${(error as Error).message}`);
        return false;
      });
    this.track(result.then(() => undefined));
    return result;
  }

  private track(promise: Promise<void>): void {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
  }
}
