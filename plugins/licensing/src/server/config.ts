import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/** `xpack.licensing.*`: the license this platform runs under (a fresh Kibana starts a trial). */
const configSchema = schema.object({
  type: schema.oneOf(
    [
      schema.literal('basic'),
      schema.literal('standard'),
      schema.literal('gold'),
      schema.literal('platinum'),
      schema.literal('enterprise'),
      schema.literal('trial'),
    ],
    { defaultValue: 'trial' }
  ),
});

export type LicensingConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<LicensingConfig> = { schema: configSchema };
