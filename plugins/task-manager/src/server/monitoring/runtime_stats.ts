import { TaskRunResult } from '../task';
import { type Percentiles, RunningWindow } from './running_window';

/** Kibana's FillPoolResult names for how a poll went. */
export enum PollResult {
  NoTasksClaimed = 'NoTasksClaimed',
  PoolFilled = 'PoolFilled',
  RunningAtCapacity = 'RunningAtCapacity',
  NoAvailableWorkers = 'NoAvailableWorkers',
  Failed = 'Failed',
}

const POLL_RESULTS: readonly string[] = Object.values(PollResult);
const RUN_RESULTS: readonly string[] = [TaskRunResult.Success, TaskRunResult.RetryScheduled, TaskRunResult.Failed];
const POLL_CODES = new Map(POLL_RESULTS.map((name, i) => [name, i]));
const RUN_CODES = new Map(RUN_RESULTS.map((name, i) => [name, i]));

type ResultCounts = Record<TaskRunResult, number>;

interface TypeStats {
  drift: RunningWindow;
  durations: RunningWindow;
  results: RunningWindow;
  counts: ResultCounts;
}

export interface RuntimeStatsValue {
  polling: {
    last_successful_poll: string | null;
    claim_duration: Percentiles;
    result_frequency_percent_as_number: Record<string, number>;
  };
  drift: Percentiles;
  drift_by_type: Record<string, Percentiles>;
  load: Percentiles;
  execution: {
    duration: Record<string, Percentiles>;
    result_frequency_percent_as_number: Record<string, Record<string, number>>;
    /** Not in Kibana: runs per result since this process started, by task type. */
    result_counts: Record<string, ResultCounts>;
  };
}

/**
 * What this process observed while polling and running tasks, over the last
 * `monitored_stats_running_average_window` samples (Kibana's runtime section of the health API).
 */
export class RuntimeStats {
  private readonly claimDuration: RunningWindow;
  private readonly pollResults: RunningWindow;
  private readonly drift: RunningWindow;
  private readonly load: RunningWindow;
  private readonly byType = new Map<string, TypeStats>();
  private lastSuccessfulPoll: number | null = null;

  constructor(private readonly windowSize: number) {
    this.claimDuration = new RunningWindow(windowSize);
    this.pollResults = new RunningWindow(windowSize);
    this.drift = new RunningWindow(windowSize);
    this.load = new RunningWindow(windowSize);
  }

  public get lastPollAt(): number | null {
    return this.lastSuccessfulPoll;
  }

  public recordPoll(result: PollResult, claimDurationMs: number, at = Date.now()): void {
    this.pollResults.push(POLL_CODES.get(result)!);
    if (result === PollResult.Failed) return;
    this.lastSuccessfulPoll = at;
    this.claimDuration.push(claimDurationMs);
  }

  /** Busy workers in percent of capacity, sampled at each poll. */
  public recordLoad(percent: number): void {
    this.load.push(percent);
  }

  /** How late a run started against its `runAt`. */
  public recordDrift(type: string, ms: number): void {
    this.drift.push(ms);
    this.typeStats(type).drift.push(ms);
  }

  public recordRun(type: string, result: TaskRunResult, durationMs: number): void {
    const stats = this.typeStats(type);
    stats.durations.push(durationMs);
    stats.results.push(RUN_CODES.get(result)!);
    stats.counts[result] += 1;
  }

  public value(): RuntimeStatsValue {
    const types = [...this.byType.entries()];
    const perType = <T>(fn: (stats: TypeStats) => T) => Object.fromEntries(types.map(([type, stats]) => [type, fn(stats)]));
    return {
      polling: {
        last_successful_poll: this.lastSuccessfulPoll === null ? null : new Date(this.lastSuccessfulPoll).toISOString(),
        claim_duration: this.claimDuration.percentiles(),
        result_frequency_percent_as_number: this.pollResults.frequencies(POLL_RESULTS),
      },
      drift: this.drift.percentiles(),
      drift_by_type: perType((stats) => stats.drift.percentiles()),
      load: this.load.percentiles(),
      execution: {
        duration: perType((stats) => stats.durations.percentiles()),
        result_frequency_percent_as_number: perType((stats) => stats.results.frequencies(RUN_RESULTS)),
        result_counts: perType((stats) => ({ ...stats.counts })),
      },
    };
  }

  private typeStats(type: string): TypeStats {
    let stats = this.byType.get(type);
    if (!stats) {
      stats = {
        drift: new RunningWindow(this.windowSize),
        durations: new RunningWindow(this.windowSize),
        results: new RunningWindow(this.windowSize),
        counts: { [TaskRunResult.Success]: 0, [TaskRunResult.RetryScheduled]: 0, [TaskRunResult.Failed]: 0 },
      };
      this.byType.set(type, stats);
    }
    return stats;
  }
}
