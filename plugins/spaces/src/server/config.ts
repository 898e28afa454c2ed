import { schema, type TypeOf } from '@kbn/config-schema';
import type { PluginConfigDescriptor } from '@kbn/core-server';

/**
 * Kibana's `xpack.spaces.*` settings that mean something here. `allowFeatureVisibility` and
 * `allowSolutionVisibility` may only be turned off on serverless in Kibana, so they are accepted
 * only as `true` (the same message), to keep kibana.yml files from Kibana valid.
 */
export const configSchema = schema.object({
  enabled: schema.boolean({ defaultValue: true }),
  maxSpaces: schema.number({ defaultValue: 1000 }),
  allowFeatureVisibility: schema.boolean({
    defaultValue: true,
    validate: (value) => (value === false ? 'Feature visibility can only be disabled on serverless' : undefined),
  }),
  allowSolutionVisibility: schema.boolean({
    defaultValue: true,
    validate: (value) => (value === false ? 'Solution visibility can only be disabled on serverless' : undefined),
  }),
  /** The solution view given to the default space when it is created. */
  defaultSolution: schema.maybe(schema.oneOf([schema.literal('es'), schema.literal('oblt'), schema.literal('security')])),
});

export type SpacesConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<SpacesConfig> = { schema: configSchema };
