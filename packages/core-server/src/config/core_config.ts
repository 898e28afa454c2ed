import { hostname } from 'node:os';
import { schema, type TypeOf } from '@kbn/config-schema';
import { elasticsearchConfigSchema } from '../elasticsearch/elasticsearch_config';

const logLevel = (defaultValue?: 'info') => schema.oneOf([
  schema.literal('all'),
  schema.literal('fatal'),
  schema.literal('error'),
  schema.literal('warn'),
  schema.literal('info'),
  schema.literal('debug'),
  schema.literal('trace'),
  schema.literal('off'),
], { defaultValue });

const layout = schema.object({
  type: schema.oneOf([schema.literal('pattern'), schema.literal('json')]),
  pattern: schema.maybe(schema.string()),
  highlight: schema.maybe(schema.boolean()),
});

const appender = schema.object({
  type: schema.oneOf([schema.literal('console'), schema.literal('file')]),
  fileName: schema.maybe(schema.string()),
  layout: layout,
});

/** Core's own settings, at the top of kibana.yml, as Kibana names them. */
export const coreConfigSchemas = {
  server: schema.object({
    host: schema.string({ defaultValue: 'localhost' }),
    port: schema.number({ defaultValue: 5601, min: 0, max: 65535 }),
    basePath: schema.string({
      defaultValue: '',
      validate: (value) => {
        if (value === '') return;
        if (!value.startsWith('/')) return 'must start with a slash, don\'t end with one';
        if (value.endsWith('/')) return 'must start with a slash, don\'t end with one';
      },
    }),
    name: schema.string({ defaultValue: () => hostname() }),
    publicBaseUrl: schema.maybe(schema.uri({ scheme: ['http', 'https'] })),
    maxPayload: schema.byteSize({ defaultValue: '1048576b' }),
    uuid: schema.maybe(schema.string()),
    // Kibana turns it off by default; here the document is part of the product (GET /api/oas).
    oas: schema.object({ enabled: schema.boolean({ defaultValue: true }) }),
  }),
  path: schema.object({ data: schema.string({ defaultValue: 'data' }) }),
  storage: schema.object({ url: schema.maybe(schema.uri({ scheme: ['postgres', 'postgresql'] })) }),
  elasticsearch: elasticsearchConfigSchema,
  logging: schema.object({
    root: schema.object({
      level: logLevel('info'),
      appenders: schema.arrayOf(schema.string(), { defaultValue: ['default'] }),
    }),
    appenders: schema.recordOf(schema.string(), appender, { defaultValue: {} }),
    loggers: schema.arrayOf(
      schema.object({ name: schema.string(), level: logLevel(), appenders: schema.arrayOf(schema.string(), { defaultValue: [] }) }),
      { defaultValue: [] }
    ),
  }),
};

export type ServerConfig = TypeOf<typeof coreConfigSchemas.server>;
export type LoggingConfig = TypeOf<typeof coreConfigSchemas.logging>;
