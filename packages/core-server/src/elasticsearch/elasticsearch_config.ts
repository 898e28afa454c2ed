import { schema, type TypeOf } from '@kbn/config-schema';

const hostUri = schema.uri({ scheme: ['http', 'https'] });

/**
 * `elasticsearch.*`, with Kibana's names and defaults for what this platform uses. Unlike Kibana,
 * `hosts` has no default: most deployments of this platform have no Elasticsearch, and without
 * hosts no client is created.
 */
export const elasticsearchConfigSchema = schema.object(
  {
    hosts: schema.maybe(schema.oneOf([hostUri, schema.arrayOf(hostUri, { minSize: 1 })])),
    username: schema.maybe(
      schema.string({
        validate: (value) => {
          if (value === 'elastic') {
            return 'value of "elastic" is forbidden. This is a superuser account that cannot write to system indices that Kibana needs to function. Use a service account token instead. Learn more: https://www.elastic.co/guide/en/elasticsearch/reference/8.0/service-accounts.html';
          }
        },
      })
    ),
    password: schema.maybe(schema.string()),
    serviceAccountToken: schema.maybe(schema.string()),
    /** Not a Kibana setting: an Elasticsearch API key (the base64 `id:api_key`), sent as `ApiKey`. */
    apiKey: schema.maybe(schema.string()),
    requestTimeout: schema.duration({ defaultValue: '30s' }),
    ssl: schema.object({
      verificationMode: schema.oneOf([schema.literal('none'), schema.literal('certificate'), schema.literal('full')], { defaultValue: 'full' }),
      /** PEM files of the authorities that sign Elasticsearch's certificate. */
      certificateAuthorities: schema.maybe(schema.oneOf([schema.string(), schema.arrayOf(schema.string(), { minSize: 1 })])),
    }),
  },
  {
    validate: (config) => {
      if (config.serviceAccountToken && config.username) return '[serviceAccountToken] cannot be used when [username] is also set.';
      if (config.apiKey && (config.username || config.serviceAccountToken)) return '[apiKey] cannot be used when [username] or [serviceAccountToken] is also set.';
    },
  }
);

export type ElasticsearchConfig = TypeOf<typeof elasticsearchConfigSchema>;
