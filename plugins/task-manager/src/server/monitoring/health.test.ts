import { config as configDescriptor, type TaskManagerConfig } from '../config';
import { TaskRunResult } from '../task';
import { buildHealth } from './health';
import { PollResult, RuntimeStats } from './runtime_stats';
import type { WorkloadValue } from './workload';

const NOW = Date.parse('2026-01-01T00:00:00.000Z');
const workload: WorkloadValue = { count: 0, task_types: {}, non_recurring: 0, schedule: [], overdue: 0, overdue_non_recurring: 0, owner_ids: 0 };
const config = (raw: Record<string, unknown> = {}) => configDescriptor.schema.validate(raw) as TaskManagerConfig;

describe('buildHealth', () => {
  test('OK after a fresh poll; error when the last poll is older than the required freshness', () => {
    const runtime = new RuntimeStats(10);
    runtime.recordPoll(PollResult.NoTasksClaimed, 1, NOW - 1000);
    expect(buildHealth({ id: 'x', config: config(), runtime, workload, now: NOW }).status).toBe('OK');
    const stale = buildHealth({ id: 'x', config: config(), runtime, workload, now: NOW + 5000 });
    expect(stale.status).toBe('error');
    expect(stale.last_update).toBe(new Date(NOW - 1000).toISOString());
  });

  test('custom thresholds per task type apply instead of the default', () => {
    const runtime = new RuntimeStats(10);
    runtime.recordPoll(PollResult.PoolFilled, 1, NOW);
    runtime.recordRun('strict', TaskRunResult.Failed, 5);
    runtime.recordRun('strict', TaskRunResult.Success, 5);
    const thresholds = { monitored_task_execution_thresholds: { custom: { strict: { error_threshold: 40, warn_threshold: 10 } } } };
    const body = buildHealth({ id: 'x', config: config(thresholds), runtime, workload, now: NOW });
    expect(body.stats.runtime.value.execution.result_frequency_percent_as_number.strict).toEqual({ Success: 50, RetryScheduled: 0, Failed: 50, status: 'error' });
    expect(body.status).toBe('error');
    expect(buildHealth({ id: 'x', config: config(), runtime, workload, now: NOW }).status).toBe('OK');
  });
});
