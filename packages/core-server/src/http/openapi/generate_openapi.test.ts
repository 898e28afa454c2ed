import { schema } from '@kbn/config-schema';
import { Router, type RouteDefinition } from '../router';
import { generateOpenApiDocument } from './generate_openapi';

const info = { title: 'Kibana HTTP APIs', version: '9.2.0', serverUrl: 'http://127.0.0.1:5601' };

function collect(register: (router: Router) => void): RouteDefinition[] {
  const routes: RouteDefinition[] = [];
  register(new Router('test', (route) => routes.push(route)));
  return routes;
}

const routes = collect((router) => {
  router.post(
    {
      path: '/api/actions/connector/{id?}',
      validate: {
        params: schema.maybe(schema.object({ id: schema.maybe(schema.string({ meta: { description: 'An identifier for the connector.' } })) })),
        body: schema.object({
          name: schema.string({ minLength: 1 }),
          connector_type_id: schema.string(),
          config: schema.recordOf(schema.string(), schema.any(), { defaultValue: {} }),
          timeout: schema.duration({ defaultValue: '60s' }),
        }),
      },
      options: { access: 'public', summary: 'Create a connector', tags: ['oas-tag:connectors'] },
    },
    async (_c, _r, res) => res.ok()
  );
  router.get(
    { path: '/api/actions/connectors', validate: { query: schema.object({ per_page: schema.number({ min: 1, defaultValue: 20 }) }) } },
    async (_c, _r, res) => res.ok()
  );
  router.get({ path: '/internal/actions/connectors', validate: false }, async (_c, _r, res) => res.ok());
  router.get({ path: '/api/status', validate: false }, async (_c, _r, res) => res.ok());
});

describe('generateOpenApiDocument', () => {
  const document = generateOpenApiDocument(routes, info, { access: 'public', pathStartsWith: ['/api/actions'] });
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;

  test('an OpenAPI 3 document of the public routes under the prefix', () => {
    expect(document).toMatchObject({ openapi: '3.0.0', info: { title: 'Kibana HTTP APIs', version: '9.2.0' }, servers: [{ url: info.serverUrl }] });
    expect(Object.keys(paths)).toEqual(['/api/actions/connector', '/api/actions/connector/{id}', '/api/actions/connectors']);
    expect(paths['/api/actions/connector'].post.parameters).toEqual([expect.objectContaining({ name: 'kbn-xsrf' })]);
  });

  test('path and query parameters, the xsrf header on writes, Kibana operation ids and tags', () => {
    const create = paths['/api/actions/connector/{id}'].post;
    expect(create).toMatchObject({ operationId: 'post-actions-connector-id', summary: 'Create a connector', tags: ['connectors'] });
    expect(create.parameters).toEqual([
      expect.objectContaining({ name: 'kbn-xsrf', in: 'header', required: true }),
      { name: 'id', in: 'path', required: true, description: 'An identifier for the connector.', schema: { type: 'string' } },
    ]);
    expect(paths['/api/actions/connectors'].get.parameters).toEqual([
      { name: 'per_page', in: 'query', required: false, schema: { type: 'number', minimum: 1, default: 20 } },
    ]);
  });

  test('the body schema, with JSON defaults only', () => {
    const body = (paths['/api/actions/connector/{id}'].post.requestBody as { content: Record<string, { schema: Record<string, unknown> }> }).content[
      'application/json'
    ].schema;
    expect(body).toMatchObject({
      type: 'object',
      required: ['name', 'connector_type_id'],
      properties: {
        name: { type: 'string', minLength: 1 },
        connector_type_id: { type: 'string' },
        config: { type: 'object', default: {}, additionalProperties: true },
      },
    });
    expect(body).not.toHaveProperty('default');
    expect(body.properties).toHaveProperty('timeout');
    expect((body.properties as Record<string, object>).timeout).not.toHaveProperty('default');
  });

  test('filters: access, prefixes and exclusions', () => {
    const internal = generateOpenApiDocument(routes, info, { access: 'internal' });
    expect(Object.keys(internal.paths as object)).toEqual(['/internal/actions/connectors']);
    const all = generateOpenApiDocument(routes, info, { excludePathsMatching: ['/connector/'] });
    expect(Object.keys(all.paths as object)).toEqual(['/api/actions/connectors', '/api/status', '/internal/actions/connectors']);
  });
});
