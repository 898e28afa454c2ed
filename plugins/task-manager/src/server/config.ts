import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/** The `taskManager.*` settings of kibana.yml. */
const configSchema = schema.object({
  enabled: schema.boolean({ defaultValue: true }),
});

export type TaskManagerConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<TaskManagerConfig> = { schema: configSchema };
