import { schema, type TypeOf } from '@kbn/config-schema';

/** Ids kibana.yml may not give a preconfigured connector (they would break object lookups). */
const INVALID_IDS = new Set(['', '__proto__', 'constructor']);

/** One connector under `xpack.actions.preconfigured.<id>`, with Kibana's field names. */
export const preconfiguredConnectorSchema = schema.object({
  name: schema.string({ minLength: 1 }),
  actionTypeId: schema.string({ minLength: 1 }),
  config: schema.recordOf(schema.string(), schema.any(), { defaultValue: {} }),
  secrets: schema.recordOf(schema.string(), schema.any(), { defaultValue: {} }),
  /** Show `config` in the API (it is hidden for preconfigured connectors otherwise). */
  exposeConfig: schema.maybe(schema.boolean({ defaultValue: false })),
});

/** `xpack.actions.preconfigured`: connectors defined in kibana.yml, by id. */
export const preconfiguredConnectorsSchema = schema.recordOf(schema.string(), preconfiguredConnectorSchema, {
  defaultValue: {},
  validate: (connectors) => {
    const invalid = Object.keys(connectors).find((id) => INVALID_IDS.has(id));
    if (invalid !== undefined) return `invalid preconfigured action id "${invalid}"`;
  },
});

export type PreconfiguredConnectorConfig = TypeOf<typeof preconfiguredConnectorSchema>;
export type PreconfiguredConnectorsConfig = TypeOf<typeof preconfiguredConnectorsSchema>;
