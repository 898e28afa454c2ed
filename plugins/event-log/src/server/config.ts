import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/** The `eventLog.*` settings of kibana.yml. */
const configSchema = schema.object({
  enabled: schema.boolean({ defaultValue: true }),
});

export type EventLogConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<EventLogConfig> = { schema: configSchema };
