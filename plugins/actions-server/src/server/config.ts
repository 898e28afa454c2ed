import { schema, type TypeOf } from '@kbn/config-schema';
import { outboundConfigSchemaProps } from '@kbn/connector-sdk';
import type { PluginConfigDescriptor } from '@kbn/core-server';
import { preconfiguredConnectorsSchema } from './preconfigured/preconfigured_config';

/** Kibana's bounds for the attempts of a queued run. */
const maxAttempts = () => schema.maybe(schema.number({ min: 1, max: 10 }));

/** `xpack.actions.*`, with Kibana's names and defaults. */
export const configSchema = schema.object({
  ...outboundConfigSchemaProps,
  enabledActionTypes: schema.arrayOf(schema.oneOf([schema.string(), schema.literal('*')]), { defaultValue: ['*'] }),
  preconfigured: preconfiguredConnectorsSchema,
  preconfiguredAlertHistoryEsIndex: schema.boolean({ defaultValue: false }),
  run: schema.object({
    maxAttempts: maxAttempts(),
    connectorTypeOverrides: schema.maybe(schema.arrayOf(schema.object({ id: schema.string(), maxAttempts: maxAttempts() }))),
  }),
  queued: schema.object({ max: schema.number({ min: 1, defaultValue: 1000000 }) }),
  email: schema.maybe(
    schema.object(
      {
        domain_allowlist: schema.maybe(schema.arrayOf(schema.string())),
        recipient_allowlist: schema.maybe(schema.arrayOf(schema.string(), { minSize: 1 })),
      },
      {
        validate: (email) => {
          if (email.domain_allowlist && email.recipient_allowlist) {
            return 'email.domain_allowlist and email.recipient_allowlist can not be used at the same time';
          }
        },
      }
    )
  ),
  enableFooterInEmail: schema.boolean({ defaultValue: true }),
  microsoftGraphApiUrl: schema.string({ defaultValue: 'https://graph.microsoft.com/v1.0' }),
  microsoftGraphApiScope: schema.string({ defaultValue: 'https://graph.microsoft.com/.default' }),
  microsoftExchangeUrl: schema.string({ defaultValue: 'https://login.microsoftonline.com' }),
});

export type ActionsConfig = TypeOf<typeof configSchema>;

export const config: PluginConfigDescriptor<ActionsConfig> = { schema: configSchema };

/** Kibana's default when neither the settings nor the type say how many attempts a queued run gets. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** Attempts for a queued run: the type override, then `run.maxAttempts`, then the type's own, then 3. */
export function resolveMaxAttempts(actionsConfig: Pick<ActionsConfig, 'run'>, typeId: string, typeMaxAttempts?: number): number {
  const override = actionsConfig.run.connectorTypeOverrides?.find((entry) => entry.id === typeId)?.maxAttempts;
  return override ?? actionsConfig.run.maxAttempts ?? typeMaxAttempts ?? DEFAULT_MAX_ATTEMPTS;
}
