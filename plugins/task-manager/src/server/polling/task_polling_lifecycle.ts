import type { Logger } from '@kbn/core-server';
import type { TaskManagerConfig } from '../config';
import { PollResult, type RuntimeStats } from '../monitoring/runtime_stats';
import type { TaskClaimer } from '../store/task_claimer';
import type { TaskCompletions } from '../store/task_completions';
import { type ConcreteTaskInstance, TaskRunResult, TaskStatus } from '../task';
import { decideOutcome, type RunOutcome } from '../task_running/run_outcome';
import { label, messageOf, type RunEnding, runTask, type RunningTask } from '../task_running/run_task';
import type { TaskTypeDictionary } from '../task_type_dictionary';
import { ClaimPlanner } from './claim_plan';

/** setTimeout's largest delay; later wake-ups are left to the poll. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface ActiveRun {
  task: ConcreteTaskInstance;
  /** Unset for a task failed without running (out of attempts). */
  run?: RunningTask;
  startedAt: number;
  /** Given back at stop: its ending is no longer written. */
  released: boolean;
}

export interface TaskPollingDeps {
  config: TaskManagerConfig;
  logger: Logger;
  definitions: TaskTypeDictionary;
  claimer: TaskClaimer;
  completions: TaskCompletions;
  runtime: RuntimeStats;
  /** How long `stop()` lets running tasks finish before aborting them. */
  stopGraceMs: number;
}

/**
 * Claims due tasks up to the free capacity and runs them. A claim happens on every
 * `poll_interval`, and also at once when work is scheduled in this process (`wake`), when a
 * task this process retries or reschedules becomes due (`wakeAt`), and whenever workers free up
 * after a claim that filled every worker asked for (so more may be due): throughput follows the
 * store, not the poll interval. At most one claim is in flight.
 */
export class TaskPollingLifecycle {
  private readonly active = new Set<ActiveRun>();
  private readonly activeByType = new Map<string, number>();
  /** Capped types whose last claim hit their cap: more may be due once one of their runs ends. */
  private readonly cappedBacklog = new Set<string>();
  private readonly planner: ClaimPlanner;
  private plannedRevision = -1;
  /** Someone asked for a claim that has not happened yet. */
  private pending = false;
  private cycleScheduled = false;
  private claiming: Promise<void> | null = null;
  private pollTimer?: NodeJS.Timeout;
  private wakeTimer?: NodeJS.Timeout;
  private wakeTimerAt = Number.POSITIVE_INFINITY;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly deps: TaskPollingDeps) {
    this.planner = new ClaimPlanner(deps.config.unsafe.exclude_task_types);
  }

  public start(): void {
    this.pollTimer = setInterval(() => this.wake(), this.deps.config.poll_interval);
    this.wake();
  }

  /** Claim as soon as a worker is free. */
  public wake(): void {
    if (this.stopped) return;
    this.pending = true;
    this.scheduleCycle();
  }

  /** Claim at `time` (epoch ms), unless an earlier wake-up is already set. */
  public wakeAt(time: number): void {
    if (this.stopped) return;
    const delay = time - Date.now();
    if (delay <= 0) return this.wake();
    if (time >= this.wakeTimerAt) return;
    clearTimeout(this.wakeTimer);
    this.wakeTimerAt = time;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimerAt = Number.POSITIVE_INFINITY;
      this.wake();
    }, Math.min(delay, MAX_TIMER_MS));
  }

  public get runningCount(): number {
    return this.active.size;
  }

  /** Stops claiming, lets running tasks finish for the grace period, then aborts and releases them. */
  public async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.wakeTimer);
    await this.claiming;
    if (this.active.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.deps.stopGraceMs);
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const remaining = [...this.active];
    for (const entry of remaining) {
      entry.released = true;
      this.untrack(entry);
      this.deps.logger.warn(`Aborting task ${label(entry.task)}: the task manager is stopping`);
      entry.run?.abort('The task manager is stopping');
    }
    await Promise.all(remaining.map((entry) => this.deps.completions.release(entry.task)));
    await this.deps.completions.drain();
  }

  private scheduleCycle(): void {
    if (this.cycleScheduled || this.claiming || this.stopped || this.active.size >= this.deps.config.capacity) return;
    this.cycleScheduled = true;
    setImmediate(() => {
      this.cycleScheduled = false;
      this.claiming = this.claimCycle().finally(() => {
        this.claiming = null;
        if (this.pending) this.scheduleCycle();
      });
    });
  }

  private async claimCycle(): Promise<void> {
    if (this.stopped || !this.pending) return;
    this.pending = false;
    const { claimer, config, definitions, runtime, logger } = this.deps;
    const free = config.capacity - this.active.size;
    if (free <= 0) {
      this.pending = true;
      runtime.recordPoll(PollResult.NoAvailableWorkers, 0);
      return;
    }
    if (this.plannedRevision !== definitions.version) {
      this.planner.update(definitions.getAllDefinitions());
      this.plannedRevision = definitions.version;
    }
    const began = Date.now();
    const claimed: ConcreteTaskInstance[] = [];
    let filled = false;
    try {
      for (const group of this.planner.plan(free, (type) => this.activeByType.get(type) ?? 0)) {
        const limit = Math.min(group.limit, free - claimed.length);
        if (limit <= 0) break;
        const tasks = await claimer.claim(group.types, limit);
        if (tasks.length === limit) {
          if (group.capped) this.cappedBacklog.add(group.types[0]);
          else filled = true;
        }
        for (const task of tasks) claimed.push(task);
      }
    } catch (error) {
      logger.error(`Failed to poll for work: ${messageOf(error)}`);
      runtime.recordPoll(PollResult.Failed, Date.now() - began);
      for (const task of claimed) void this.deps.completions.release(task);
      return;
    }
    if (this.stopped) {
      await Promise.all(claimed.map((task) => this.deps.completions.release(task)));
      return;
    }
    for (const task of claimed) this.startRun(task);
    runtime.recordLoad(Math.round((this.active.size / config.capacity) * 100));
    runtime.recordPoll(
      claimed.length === 0 ? PollResult.NoTasksClaimed : this.active.size >= config.capacity ? PollResult.RunningAtCapacity : PollResult.PoolFilled,
      Date.now() - began
    );
    // Every free worker got a task: more may be due, so claim again as workers free up.
    if (filled) this.pending = true;
  }

  private startRun(task: ConcreteTaskInstance): void {
    const definition = this.deps.definitions.get(task.taskType)!;
    const maxAttempts = definition.maxAttempts ?? this.deps.config.max_attempts;
    const now = Date.now();
    this.deps.runtime.recordDrift(task.taskType, Math.max(0, now - task.runAt.getTime()));
    const entry: ActiveRun = { task, startedAt: now, released: false };
    this.track(entry);
    if (!task.schedule && task.attempts > maxAttempts) {
      // Claimed again after a lapsed lease on its last attempt (its process died): out of attempts.
      const lastError = task.lastError ?? `Task ${label(task)} exceeded its maximum of ${maxAttempts} attempts`;
      const outcome: RunOutcome = {
        action: 'update',
        result: TaskRunResult.Failed,
        update: { status: TaskStatus.Failed, runAt: task.runAt.getTime(), state: task.state, schedule: undefined, attempts: task.attempts - 1, lastError },
      };
      void this.complete(entry, outcome);
      return;
    }
    const run = runTask(task, definition, this.deps.logger);
    entry.run = run;
    void run.done.then((ending) => this.finish(entry, ending, maxAttempts));
  }

  private async finish(entry: ActiveRun, ending: RunEnding, maxAttempts: number): Promise<void> {
    if (entry.released) return;
    try {
      if (!ending.ok) this.deps.logger.error(`Task ${label(entry.task)} failed: ${messageOf(ending.error)}`);
      await this.complete(entry, decideOutcome(entry.task, ending, maxAttempts));
    } catch (error) {
      this.deps.logger.error(`Failed to complete task ${label(entry.task)}: ${messageOf(error)}`);
      this.untrack(entry);
    }
  }

  private async complete(entry: ActiveRun, outcome: RunOutcome): Promise<void> {
    const duration = Date.now() - entry.startedAt;
    const applied = await this.deps.completions.write(entry.task, outcome);
    if (entry.released) return;
    this.untrack(entry);
    if (applied) {
      this.deps.runtime.recordRun(entry.task.taskType, outcome.result, duration);
      if (outcome.action === 'update' && outcome.update.status === TaskStatus.Idle) this.wakeAt(outcome.update.runAt);
    } else {
      this.deps.logger.debug(`Task ${label(entry.task)} was removed or claimed by another process before its result was written`);
    }
  }

  private track(entry: ActiveRun): void {
    this.active.add(entry);
    this.activeByType.set(entry.task.taskType, (this.activeByType.get(entry.task.taskType) ?? 0) + 1);
  }

  private untrack(entry: ActiveRun): void {
    if (!this.active.delete(entry)) return;
    this.activeByType.set(entry.task.taskType, (this.activeByType.get(entry.task.taskType) ?? 1) - 1);
    if (this.cappedBacklog.delete(entry.task.taskType)) this.pending = true;
    if (this.active.size === 0) this.idleWaiters.splice(0).forEach((notify) => notify());
    if (this.pending) this.scheduleCycle();
  }
}
