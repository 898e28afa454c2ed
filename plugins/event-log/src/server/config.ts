import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';
import { DEFAULT_WRITER_OPTIONS } from './store/event_writer';

/**
 * Kibana's `xpack.eventLog.*` settings (`logEntries`, `indexEntries`), and how events are batched
 * on their way to the store (ours: Kibana buffers its bulk requests the same way, without a setting).
 */
export const configSchema = schema.object({
  logEntries: schema.boolean({ defaultValue: false }),
  indexEntries: schema.boolean({ defaultValue: true }),
  writeBuffer: schema.object({
    maxEvents: schema.number({ defaultValue: DEFAULT_WRITER_OPTIONS.maxEvents, min: 1, max: 10_000 }),
    flushIntervalMs: schema.number({ defaultValue: DEFAULT_WRITER_OPTIONS.flushIntervalMs, min: 0 }),
    maxQueued: schema.number({ defaultValue: DEFAULT_WRITER_OPTIONS.maxQueued, min: 1 }),
  }),
});

export type EventLogConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<EventLogConfig> = { schema: configSchema };
