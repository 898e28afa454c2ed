import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/** `xpack.cloud.*`, the part of Kibana's cloud settings this platform reads. */
const configSchema = schema.object({
  /** The Elastic Cloud id; set means the platform runs on Elastic Cloud. */
  id: schema.maybe(schema.string()),
  base_url: schema.maybe(schema.string()),
  /** e.g. `/deployments/<deployment id>`: the deployment id is its last segment. */
  deployment_url: schema.maybe(schema.string()),
  serverless: schema.object({
    project_id: schema.maybe(schema.string()),
    project_name: schema.maybe(schema.string()),
    project_type: schema.maybe(schema.string()),
  }),
});

export type CloudConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<CloudConfig> = { schema: configSchema };
