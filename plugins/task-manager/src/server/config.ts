import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

export const DEFAULT_POLL_INTERVAL = 3000;
export const DEFAULT_CAPACITY = 10;
export const DEFAULT_MAX_ATTEMPTS = 3;

const executionThresholds = schema.object(
  {
    error_threshold: schema.number({ defaultValue: 90, min: 0 }),
    warn_threshold: schema.number({ defaultValue: 80, min: 0 }),
  },
  {
    validate(value) {
      if (value.error_threshold < value.warn_threshold) {
        return `warn_threshold (${value.warn_threshold}) must be less than, or equal to, error_threshold (${value.error_threshold})`;
      }
    },
  }
);

/** `xpack.task_manager.*`, with Kibana's names and defaults for what is implemented. */
const configSchema = schema.object(
  {
    enabled: schema.boolean({ defaultValue: true }),
    /* How often, in milliseconds, to look for due work when nothing woke the poller sooner. */
    poll_interval: schema.number({ defaultValue: DEFAULT_POLL_INTERVAL, min: 100 }),
    /* How many tasks this process runs at once. Kibana allows 5 to 50; see the README. */
    capacity: schema.number({ defaultValue: DEFAULT_CAPACITY, min: 1, max: 1000 }),
    /* Attempts of a one-off task before it is marked failed, unless its definition says otherwise. */
    max_attempts: schema.number({ defaultValue: DEFAULT_MAX_ATTEMPTS, min: 1 }),
    /* Samples kept for the runtime percentiles of the health API. */
    monitored_stats_running_average_window: schema.number({ defaultValue: 50, min: 10, max: 100 }),
    /* A poll older than this makes the health status `error`. Default: poll_interval + 1s. */
    monitored_stats_required_freshness: schema.maybe(schema.number({ min: 100 })),
    monitored_task_execution_thresholds: schema.object({
      default: executionThresholds,
      custom: schema.recordOf(schema.string(), executionThresholds, { defaultValue: {} }),
    }),
    /* Not in Kibana: how long stopping waits for running tasks before aborting and releasing them. */
    stop_grace_period: schema.number({ defaultValue: 5000, min: 0 }),
    unsafe: schema.object({
      /* Task types this process never claims (`*` matches any characters). */
      exclude_task_types: schema.arrayOf(schema.string(), { defaultValue: [] }),
    }),
  },
  {
    validate(value) {
      if (value.monitored_stats_required_freshness !== undefined && value.monitored_stats_required_freshness < value.poll_interval) {
        return `The specified monitored_stats_required_freshness (${value.monitored_stats_required_freshness}) is invalid, as it is below the poll_interval (${value.poll_interval})`;
      }
    },
  }
);

export type TaskManagerConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<TaskManagerConfig> = { schema: configSchema };

export function requiredFreshness(value: TaskManagerConfig): number {
  return value.monitored_stats_required_freshness ?? value.poll_interval + 1000;
}
