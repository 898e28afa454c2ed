import { config } from './config';

describe('xpack.task_manager config', () => {
  test("Kibana's defaults", () => {
    expect(config.schema.validate({})).toEqual({
      enabled: true,
      poll_interval: 3000,
      capacity: 10,
      max_attempts: 3,
      monitored_stats_running_average_window: 50,
      monitored_task_execution_thresholds: { default: { error_threshold: 90, warn_threshold: 80 }, custom: {} },
      stop_grace_period: 5000,
      unsafe: { exclude_task_types: [] },
    });
  });

  test('rejects a poll interval under 100 ms and a freshness below it', () => {
    expect(() => config.schema.validate({ poll_interval: 10 })).toThrow('[poll_interval]: Value must be equal to or greater than [100].');
    expect(() => config.schema.validate({ poll_interval: 5000, monitored_stats_required_freshness: 1000 })).toThrow(
      'The specified monitored_stats_required_freshness (1000) is invalid, as it is below the poll_interval (5000)'
    );
  });

  test('warn threshold above the error threshold is refused', () => {
    expect(() => config.schema.validate({ monitored_task_execution_thresholds: { default: { error_threshold: 50, warn_threshold: 60 } } })).toThrow(
      'warn_threshold (60) must be less than, or equal to, error_threshold (50)'
    );
  });
});
