import { schema, type TypeOf } from '@kbn/config-schema';
import { ALERT_HISTORY_PREFIX } from '../../../common';

/** Where documents go: the index, whether to refresh it after writing, and a field stamped with the run's time. */
export const configSchema = schema.object({
  index: schema.string(),
  refresh: schema.boolean({ defaultValue: false }),
  executionTimeField: schema.nullable(schema.string()),
});

/** Nothing secret: the connection is Kibana's own (`elasticsearch.*` in kibana.yml). */
export const secretsSchema = schema.object({}, { defaultValue: {} });

export const paramsSchema = schema.object({
  documents: schema.arrayOf(schema.recordOf(schema.string(), schema.any())),
  /** Only alert history indices may replace the connector's index (Kibana's rule). */
  indexOverride: schema.nullable(
    schema.string({
      validate: (index) => {
        if (!index.startsWith(ALERT_HISTORY_PREFIX)) return `index must start with "${ALERT_HISTORY_PREFIX}"`;
      },
    })
  ),
});

export type EsIndexConfig = TypeOf<typeof configSchema>;
export type EsIndexSecrets = TypeOf<typeof secretsSchema>;
export type EsIndexParams = TypeOf<typeof paramsSchema>;
