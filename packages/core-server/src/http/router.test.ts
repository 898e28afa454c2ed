import { schema } from '@kbn/config-schema';
import { startTestHttpServer, type TestHttpServer } from './http_service.mock';
import type { RouteValidator } from './types';

const writeHeaders = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };
const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

/** A validator that is not config-schema: the router must only rely on `validate(value, context, namespace)`. */
const upperName: RouteValidator<{ name: string }> = {
  validate(value, _context, namespace) {
    const name = (value as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') throw new Error(`[${namespace}.name]: required`);
    return { name: name.toUpperCase() };
  },
};

describe('router', () => {
  let server: TestHttpServer;

  beforeAll(async () => {
    server = await startTestHttpServer((http) => {
      const router = http.createRouter();
      router.post(
        {
          path: '/api/things/{id}',
          validate: {
            params: schema.object({ id: schema.string({ maxLength: 5 }) }),
            query: schema.object({ tag: schema.maybe(schema.oneOf([schema.string(), schema.arrayOf(schema.string())])) }),
            body: schema.object({ name: schema.string(), count: schema.number({ defaultValue: 1 }) }),
          },
          options: { tags: ['things'], summary: 'Create a thing', body: { maxBytes: 4096 } },
        },
        async (_c, request, response) => response.ok({ body: { params: request.params, query: request.query, body: request.body } })
      );
      router.get({ path: '/api/optional/{id?}', validate: { params: schema.object({ id: schema.maybe(schema.string()) }) } }, async (_c, request, response) =>
        response.ok({ body: { id: request.params.id ?? null } })
      );
      router.get({ path: '/api/files/{path*}', validate: { params: schema.object({ path: schema.string() }) } }, async (_c, request, response) =>
        response.ok({ body: request.params })
      );
      router.put({ path: '/api/plain/{id}', validate: false }, async (_c, request, response) =>
        response.ok({ body: { params: request.params, query: request.query, body: request.body } })
      );
      router.patch({ path: '/api/custom', validate: { body: upperName } }, async (_c, request, response) => response.accepted({ body: request.body }));
      router.get({ path: '/api/responses/{kind}', validate: { params: schema.object({ kind: schema.string() }) } }, async (_c, request, response) => {
        switch (request.params.kind) {
          case 'no-content':
            return response.noContent();
          case 'redirect':
            return response.redirected({ headers: { location: '/app/home' } });
          case 'throttled':
            return response.custom({ statusCode: 429, body: 'slow down', headers: { 'retry-after': '30' } });
          case 'teapot':
            return response.customError({ statusCode: 418, body: { message: 'short and stout', attributes: { code: 'teapot' } } });
          case 'error-object':
            return response.badRequest({ body: new Error('from an Error') });
          case 'unauthorized':
            return response.unauthorized();
          case 'text':
            return response.ok({ body: 'plain words' });
          default:
            return response.ok({ body: [1, 2, 3] });
        }
      });
    });
  });

  afterAll(() => server.stop());

  test('passes validated params, query (repeated keys as arrays) and body with defaults', async () => {
    const res = await fetch(`${server.url}/api/things/abc?tag=a&tag=b`, { method: 'POST', headers: writeHeaders, body: JSON.stringify({ name: 'n' }) });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ params: { id: 'abc' }, query: { tag: ['a', 'b'] }, body: { name: 'n', count: 1 } });
    const single = await fetch(`${server.url}/api/things/abc?tag=a`, { method: 'POST', headers: writeHeaders, body: '{"name":"n"}' });
    expect(((await json(single)).query as Record<string, unknown>).tag).toBe('a');
  });

  test('optional and wildcard params', async () => {
    expect(await json(await fetch(`${server.url}/api/optional/7`))).toEqual({ id: '7' });
    expect(await json(await fetch(`${server.url}/api/optional`))).toEqual({ id: null });
    expect(await json(await fetch(`${server.url}/api/files/a/b/c.txt`))).toEqual({ path: 'a/b/c.txt' });
    expect(await json(await fetch(`${server.url}/api/files/caf%C3%A9`))).toEqual({ path: 'café' });
  });

  test('validation failures are 400s whose message names the part of the request', async () => {
    const body = await fetch(`${server.url}/api/things/abc`, { method: 'POST', headers: writeHeaders, body: '{}' });
    expect(body.status).toBe(400);
    expect(await json(body)).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request body.name]: expected value of type [string] but got [undefined]' });
    const params = await fetch(`${server.url}/api/things/toolong`, { method: 'POST', headers: writeHeaders, body: '{"name":"n"}' });
    expect((await json(params)).message).toBe('[request params.id]: value has length [7] but it must have a maximum length of [5].');
    const query = await fetch(`${server.url}/api/things/a?extra=1`, { method: 'POST', headers: writeHeaders, body: '{"name":"n"}' });
    expect((await json(query)).message).toBe('[request query.extra]: definition for this key is missing');
    const none = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers: { 'kbn-xsrf': 'x' } });
    expect((await json(none)).message).toBe('[request body]: expected a plain object value, but found [null] instead.');
  });

  test('any object with validate(value, context, namespace) works as a validator', async () => {
    const ok = await fetch(`${server.url}/api/custom`, { method: 'PATCH', headers: writeHeaders, body: '{"name":"abc"}' });
    expect(ok.status).toBe(202);
    expect(await json(ok)).toEqual({ name: 'ABC' });
    const bad = await fetch(`${server.url}/api/custom`, { method: 'PATCH', headers: writeHeaders, body: '{}' });
    expect(await json(bad)).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request body.name]: required' });
  });

  test('validate: false gives the handler empty objects', async () => {
    const res = await fetch(`${server.url}/api/plain/9?q=1`, { method: 'PUT', headers: writeHeaders, body: '{"ignored":true}' });
    expect(await json(res)).toEqual({ params: {}, query: {}, body: {} });
  });

  test('response factory statuses and bodies', async () => {
    const get = (kind: string) => fetch(`${server.url}/api/responses/${kind}`, { redirect: 'manual' });
    const noContent = await get('no-content');
    expect(noContent.status).toBe(204);
    expect(await noContent.text()).toBe('');
    const redirect = await get('redirect');
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, '/app/home']);
    const throttled = await get('throttled');
    expect(throttled.headers.get('retry-after')).toBe('30');
    expect(await json(throttled)).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'slow down' });
    expect(await json(await get('teapot'))).toEqual({ statusCode: 418, error: "I'm a Teapot", message: 'short and stout', attributes: { code: 'teapot' } });
    expect(await json(await get('error-object'))).toEqual({ statusCode: 400, error: 'Bad Request', message: 'from an Error' });
    expect(await json(await get('unauthorized'))).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' });
    const text = await get('text');
    expect([text.headers.get('content-type'), await text.text()]).toEqual(['text/plain; charset=utf-8', 'plain words']);
    const list = await get('list');
    expect([list.headers.get('content-type'), await list.json()]).toEqual(['application/json; charset=utf-8', [1, 2, 3]]);
  });

  test('lists registered routes with their schemas, options and plugin', () => {
    const route = server.start.getRegisteredRoutes().find((r) => r.path === '/api/things/{id}');
    expect(route).toMatchObject({ method: 'post', pluginId: 'test', options: { access: 'public', tags: ['things'], summary: 'Create a thing' } });
    const validate = route?.validate;
    expect(validate && validate.body?.validate({ name: 'x' })).toEqual({ name: 'x', count: 1 });
    expect(server.start.getRegisteredRoutes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'post /api/things/{id}',
      'get /api/optional/{id?}',
      'get /api/files/{path*}',
      'put /api/plain/{id}',
      'patch /api/custom',
      'get /api/responses/{kind}',
    ]);
  });
});

describe('route registration', () => {
  const register = (paths: Array<[string, string]>) =>
    startTestHttpServer((http, core) => {
      for (const [pluginId, path] of paths) {
        const router = pluginId === 'test' ? http.createRouter() : core.forPlugin(pluginId).createRouter();
        router.get({ path, validate: false }, async (_c, _r, res) => res.ok());
      }
    });

  test('the same method and path twice fails naming both plugins and the route', async () => {
    await expect(register([['test', '/api/x'], ['test', '/api/x']])).rejects.toThrow('Route [GET /api/x] of plugin [test] is already registered by plugin [test]');
    await expect(register([['actions', '/api/x/{id}'], ['test', '/api/x/{name}']])).rejects.toThrow(
      'Route [GET /api/x/{name}] of plugin [test] is already registered by plugin [actions] as [/api/x/{id}]'
    );
    await expect(register([['actions', '/api/x'], ['test', '/api/x/{id?}']])).rejects.toThrow('is already registered by plugin [actions] as [/api/x]');
  });

  test('a path must start with a slash and validators must be schemas', async () => {
    await expect(register([['test', 'api/x']])).rejects.toThrow('Route path of [GET api/x] of plugin [test] must start with "/"');
    await expect(
      startTestHttpServer((http) => {
        const body = { notValidate: true } as unknown as RouteValidator<unknown>;
        http.createRouter().post({ path: '/api/y', validate: { body } }, async (_c, _r, res) => res.ok());
      })
    ).rejects.toThrow('Route [POST /api/y] of plugin [test]: validate.body is not a schema');
  });

  test('different methods on one path are fine', async () => {
    const server = await startTestHttpServer((http) => {
      const router = http.createRouter();
      router.get({ path: '/api/x', validate: false }, async (_c, _r, res) => res.ok({ body: { method: 'get' } }));
      router.delete({ path: '/api/x', validate: false }, async (_c, _r, res) => res.ok({ body: { method: 'delete' } }));
    });
    try {
      expect(await json(await fetch(`${server.url}/api/x`, { method: 'DELETE', headers: { 'kbn-xsrf': 'x' } }))).toEqual({ method: 'delete' });
    } finally {
      await server.stop();
    }
  });
});
