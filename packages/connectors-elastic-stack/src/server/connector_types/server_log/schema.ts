import { schema, type TypeOf } from '@kbn/config-schema';

/** Server log connectors store nothing: a name is all they have. */
export const configSchema = schema.object({}, { defaultValue: {} });
export const secretsSchema = schema.object({}, { defaultValue: {} });

/** Kibana's log levels, lowest first; the line goes out at this level. */
export const paramsSchema = schema.object({
  message: schema.string(),
  level: schema.oneOf(
    [schema.literal('trace'), schema.literal('debug'), schema.literal('info'), schema.literal('warn'), schema.literal('error'), schema.literal('fatal')],
    { defaultValue: 'info' }
  ),
});

export type ServerLogConfig = TypeOf<typeof configSchema>;
export type ServerLogSecrets = TypeOf<typeof secretsSchema>;
export type ServerLogParams = TypeOf<typeof paramsSchema>;
