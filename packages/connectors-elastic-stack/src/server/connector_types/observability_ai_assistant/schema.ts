import { schema, type TypeOf } from '@kbn/config-schema';

const ruleSchema = schema.object({
  id: schema.string(),
  name: schema.string(),
  tags: schema.arrayOf(schema.string(), { defaultValue: [] }),
  ruleUrl: schema.nullable(schema.string()),
});

const alertSchema = schema.recordOf(schema.string(), schema.any());

/** No config and no secrets: the assistant uses the AI connector named in the params. */
export const configSchema = schema.object({});
export const secretsSchema = schema.object({});

/** Kibana's `ConnectorParamsSchema`: the AI connector to use, prompts by alert status, the rule and its alerts. */
export const paramsSchema = schema.object({
  connector: schema.string(),
  prompts: schema.arrayOf(
    schema.object({
      statuses: schema.arrayOf(schema.string()),
      message: schema.string({ minLength: 1 }),
    })
  ),
  rule: ruleSchema,
  alerts: schema.object({
    new: schema.arrayOf(alertSchema),
    recovered: schema.arrayOf(alertSchema),
  }),
});

export type ObservabilityAiAssistantConfig = TypeOf<typeof configSchema>;
export type ObservabilityAiAssistantSecrets = TypeOf<typeof secretsSchema>;
export type ObservabilityAiAssistantParams = TypeOf<typeof paramsSchema>;
