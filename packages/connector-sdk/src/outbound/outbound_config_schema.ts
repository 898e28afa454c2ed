import { schema, type TypeOf } from '@kbn/config-schema';

/*
 * The outbound part of `xpack.actions.*`, with Kibana's names and defaults. The actions plugin
 * spreads `outboundConfigSchemaProps` into its own `schema.object`, so these settings keep their
 * place at the top of `xpack.actions` as users know them.
 */

/** `*` in allowedHosts allows every host (the default); `[]` blocks every outbound call. */
export const ALLOWED_HOSTS_ANY = '*';

const verificationModeSchema = schema.oneOf(
  [schema.literal('none'), schema.literal('certificate'), schema.literal('full')],
  { defaultValue: 'full' }
);

export type VerificationMode = 'none' | 'certificate' | 'full';

export const customHostSettingsSchema = schema.object({
  url: schema.string({ minLength: 1 }),
  smtp: schema.maybe(
    schema.object({
      ignoreTLS: schema.maybe(schema.boolean()),
      requireTLS: schema.maybe(schema.boolean()),
    })
  ),
  ssl: schema.maybe(
    schema.object({
      verificationMode: schema.maybe(verificationModeSchema),
      certificateAuthoritiesFiles: schema.maybe(
        schema.oneOf([
          schema.string({ minLength: 1 }),
          schema.arrayOf(schema.string({ minLength: 1 }), { minSize: 1 }),
        ])
      ),
      certificateAuthoritiesData: schema.maybe(schema.string({ minLength: 1 })),
    })
  ),
});

export type CustomHostSettings = TypeOf<typeof customHostSettingsSchema>;

export const outboundConfigSchemaProps = {
  allowedHosts: schema.arrayOf(
    schema.oneOf([schema.string({ hostname: true }), schema.literal(ALLOWED_HOSTS_ANY)]),
    { defaultValue: [ALLOWED_HOSTS_ANY] }
  ),
  proxyUrl: schema.maybe(schema.string()),
  proxyHeaders: schema.maybe(schema.recordOf(schema.string(), schema.string())),
  proxyBypassHosts: schema.maybe(schema.arrayOf(schema.string({ hostname: true }))),
  proxyOnlyHosts: schema.maybe(schema.arrayOf(schema.string({ hostname: true }))),
  ssl: schema.maybe(
    schema.object({
      verificationMode: schema.maybe(verificationModeSchema),
      proxyVerificationMode: schema.maybe(verificationModeSchema),
    })
  ),
  maxResponseContentLength: schema.byteSize({ defaultValue: '1mb' }),
  responseTimeout: schema.duration({ defaultValue: '60s' }),
  customHostSettings: schema.maybe(schema.arrayOf(customHostSettingsSchema)),
};

export const outboundConfigSchema = schema.object(outboundConfigSchemaProps);

export type OutboundConfig = TypeOf<typeof outboundConfigSchema>;
