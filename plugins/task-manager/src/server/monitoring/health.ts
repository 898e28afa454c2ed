import { requiredFreshness, type TaskManagerConfig } from '../config';
import type { RuntimeStats, RuntimeStatsValue } from './runtime_stats';
import type { WorkloadValue } from './workload';

export type HealthStatus = 'OK' | 'warn' | 'error';

interface Section<T> {
  timestamp: string;
  status: HealthStatus;
  value: T;
}

export interface ConfigurationValue {
  poll_interval: number;
  capacity: { config: number; as_workers: number };
  max_attempts: number;
  claim_strategy: string;
  monitored_stats_running_average_window: number;
  monitored_stats_required_freshness: number;
  monitored_task_execution_thresholds: TaskManagerConfig['monitored_task_execution_thresholds'];
}

export interface HealthBody {
  id: string;
  timestamp: string;
  status: HealthStatus;
  last_update: string;
  stats: {
    configuration: Section<ConfigurationValue>;
    workload: Section<WorkloadValue>;
    runtime: Section<RuntimeStatsValue>;
  };
}

const RANK: Record<HealthStatus, number> = { OK: 0, warn: 1, error: 2 };
const worst = (statuses: HealthStatus[]): HealthStatus => statuses.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'OK');

/** Kibana's `/api/task_manager/_health` body, as far as this task manager has the numbers. */
export function buildHealth(input: { id: string; config: TaskManagerConfig; runtime: RuntimeStats; workload: WorkloadValue; now?: number }): HealthBody {
  const { config, runtime } = input;
  const now = input.now ?? Date.now();
  const timestamp = new Date(now).toISOString();
  const value = runtime.value();
  const thresholds = config.monitored_task_execution_thresholds;

  // Per type, Kibana's rule: a failure rate above the error (warn) threshold is an error (warning).
  const typeStatuses: HealthStatus[] = [];
  for (const [type, frequencies] of Object.entries(value.execution.result_frequency_percent_as_number)) {
    const { error_threshold, warn_threshold } = thresholds.custom[type] ?? thresholds.default;
    const failed = frequencies.Failed ?? 0;
    const status: HealthStatus = failed > error_threshold ? 'error' : failed > warn_threshold ? 'warn' : 'OK';
    Object.assign(frequencies, { status });
    typeStatuses.push(status);
  }
  // No poll within the required freshness: this process is not picking up work.
  const lastPoll = runtime.lastPollAt;
  const stale = lastPoll === null || now - lastPoll > requiredFreshness(config);
  const runtimeStatus = worst([...typeStatuses, stale ? 'error' : 'OK']);

  const configuration: ConfigurationValue = {
    poll_interval: config.poll_interval,
    capacity: { config: config.capacity, as_workers: config.capacity },
    max_attempts: config.max_attempts,
    claim_strategy: 'update_skip_locked',
    monitored_stats_running_average_window: config.monitored_stats_running_average_window,
    monitored_stats_required_freshness: requiredFreshness(config),
    monitored_task_execution_thresholds: thresholds,
  };
  return {
    id: input.id,
    timestamp,
    status: runtimeStatus,
    last_update: lastPoll === null ? timestamp : new Date(lastPoll).toISOString(),
    stats: {
      configuration: { timestamp, status: 'OK', value: configuration },
      workload: { timestamp, status: 'OK', value: input.workload },
      runtime: { timestamp: lastPoll === null ? timestamp : new Date(lastPoll).toISOString(), status: runtimeStatus, value },
    },
  };
}
