import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@kbn/config-schema';
import { HttpError } from '../errors/http_error';
import { MemoryLogger } from '../logging/memory_logger';
import { HttpService } from './http_service';
import type { HttpConfig, HttpServiceSetup, HttpServiceStart } from './types';

const headers = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };
const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

async function startServer(configure: (http: HttpServiceSetup, core: ReturnType<HttpService['setup']>) => void, config: Partial<HttpConfig> = {}) {
  const logger = new MemoryLogger();
  const service = new HttpService({ logger, config: { host: '127.0.0.1', port: 0, basePath: '', maxPayload: 1024, ...config } });
  const core = service.setup();
  configure(core.forPlugin('test'), core);
  const start: HttpServiceStart = await service.start();
  return { url: start.getServerUrl(), start, logger, stop: () => service.stop() };
}

describe('HttpService', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const calls: string[] = [];

  beforeAll(async () => {
    server = await startServer((http, core) => {
      const router = http.createRouter();
      router.post(
        {
          path: '/api/things/{id}',
          validate: {
            params: schema.object({ id: schema.string({ maxLength: 5 }) }),
            query: schema.object({ tag: schema.maybe(schema.arrayOf(schema.string())) }),
            body: schema.object({ name: schema.string() }),
          },
        },
        async (_context, request, response) => response.ok({ body: { id: request.params.id, tag: request.query.tag, name: request.body.name, space: request.spaceId } })
      );
      router.get({ path: '/api/things', validate: false }, async (_c, request, response) => response.ok({ body: { space: request.spaceId, url: request.url.pathname } }));
      router.get({ path: '/api/missing/{id}', validate: { params: schema.object({ id: schema.string() }) } }, async (_c, request) => {
        throw new HttpError(404, `Saved object [thing/${request.params.id}] not found`);
      });
      router.get({ path: '/api/boom', validate: false }, async () => {
        throw new Error('secret internals');
      });
      router.post({ path: '/api/open', validate: false, options: { xsrfRequired: false } }, async (_c, _r, response) => response.noContent());
      router.delete({ path: '/api/things/{id}', validate: false }, async (_c, _r, response) => response.conflict({ body: { message: 'in use', attributes: { refs: 2 } } }));
      router.get({ path: '/api/context', validate: false }, async (context, _r, response) => {
        const first = await context.counter;
        const second = await context.counter;
        return response.ok({ body: { first, second } });
      });
      router.get({ path: '/api/stream', validate: false }, async (_c, request, response) => {
        const stream = new Readable({ read() {} });
        let n = 0;
        const timer = setInterval(() => stream.push(`data: ${n++}\n\n`), 10);
        request.signal.addEventListener('abort', () => {
          calls.push('aborted');
          clearInterval(timer);
          stream.push(null);
        });
        return response.ok({ body: stream, headers: { 'content-type': 'text/event-stream' } });
      });
      let count = 0;
      core.registerRouteHandlerContext('counter', () => ++count);
      http.registerOnPreAuth((request, _response, toolkit) => {
        calls.push(`preAuth ${request.url.pathname}`);
        return toolkit.next();
      });
      http.registerOnPostAuth((request, response, toolkit) => {
        calls.push('postAuth');
        return request.headers['x-deny'] ? response.forbidden({ body: 'denied' }) : toolkit.next();
      });
    });
  });

  afterAll(() => server.stop());

  test('routes with params, query arrays and body', async () => {
    const res = await fetch(`${server.url}/api/things/abc?tag=a&tag=b`, { method: 'POST', headers, body: JSON.stringify({ name: 'n' }) });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ id: 'abc', tag: ['a', 'b'], name: 'n', space: 'default' });
  });

  test('validation errors name the part of the request', async () => {
    const body = await fetch(`${server.url}/api/things/abc`, { method: 'POST', headers, body: '{}' });
    expect(body.status).toBe(400);
    expect(await json(body)).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request body.name]: expected value of type [string] but got [undefined]' });
    const params = await fetch(`${server.url}/api/things/toolong`, { method: 'POST', headers, body: '{"name":"n"}' });
    expect((await json(params)).message).toBe('[request params.id]: value has length [7] but it must have a maximum length of [5].');
    const query = await fetch(`${server.url}/api/things/a?extra=1`, { method: 'POST', headers, body: '{"name":"n"}' });
    expect((await json(query)).message).toBe('[request query.extra]: definition for this key is missing');
    const none = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers: { 'kbn-xsrf': 'x' } });
    expect((await json(none)).message).toBe('[request body]: expected a plain object value, but found [null] instead.');
  });

  test('writes need the kbn-xsrf header unless the route opts out', async () => {
    const res = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"n"}' });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' });
    expect((await fetch(`${server.url}/api/open`, { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${server.url}/api/things`)).status).toBe(200);
  });

  test('every route is also served under /s/<space_id>', async () => {
    const res = await fetch(`${server.url}/s/marketing/api/things`);
    expect(await json(res)).toEqual({ space: 'marketing', url: '/s/marketing/api/things' });
    const post = await fetch(`${server.url}/s/ops-1/api/things/x`, { method: 'POST', headers, body: '{"name":"n"}' });
    expect((await json(post)).space).toBe('ops-1');
  });

  test('errors in Kibana shape', async () => {
    const missing = await fetch(`${server.url}/api/missing/7`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Saved object [thing/7] not found' });
    const boom = await fetch(`${server.url}/api/boom`);
    expect(boom.status).toBe(500);
    expect(await json(boom)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' });
    expect(server.logger.messages('error')).toContain('secret internals');
    const conflict = await fetch(`${server.url}/api/things/1`, { method: 'DELETE', headers });
    expect(await json(conflict)).toEqual({ statusCode: 409, error: 'Conflict', message: 'in use', attributes: { refs: 2 } });
    const unknown = await fetch(`${server.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });

  test('bad JSON, too large and unsupported bodies', async () => {
    const bad = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers, body: '{"name":' });
    expect(await json(bad)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format' });
    const big = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers, body: JSON.stringify({ name: 'x'.repeat(2000) }) });
    expect(big.status).toBe(413);
    expect((await json(big)).message).toBe('Payload content length greater than maximum allowed: 1024');
    const form = await fetch(`${server.url}/api/things/a`, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-type': 'image/png' }, body: 'x' });
    expect(form.status).toBe(415);
  });

  test('lifecycle interceptors run in order and may answer early', async () => {
    calls.length = 0;
    await fetch(`${server.url}/api/things`);
    expect(calls).toEqual(['preAuth /api/things', 'postAuth']);
    const denied = await fetch(`${server.url}/api/things`, { headers: { 'x-deny': '1' } });
    expect(denied.status).toBe(403);
    expect((await json(denied)).message).toBe('denied');
  });

  test('context providers are lazy and run once per request', async () => {
    const first = (await json(await fetch(`${server.url}/api/context`))) as { first: number; second: number };
    expect(first.first).toBe(first.second);
    const second = (await json(await fetch(`${server.url}/api/context`))) as { first: number; second: number };
    expect(second.first).toBe(first.first + 1);
  });

  test('streams as it goes, and aborts when the client leaves', async () => {
    calls.length = 0;
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/stream`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('data: 0');
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toContain('aborted');
  });

  test('lists registered routes and refuses duplicates', async () => {
    expect(server.start.getRegisteredRoutes().map((r) => `${r.method} ${r.path}`)).toContain('post /api/things/{id}');
    await expect(
      startServer((http) => {
        const router = http.createRouter();
        router.get({ path: '/api/x', validate: false }, async (_c, _r, res) => res.ok());
        router.get({ path: '/api/x', validate: false }, async (_c, _r, res) => res.ok());
      })
    ).rejects.toThrow('Route [GET /api/x] of plugin [test] is already registered by plugin [test]');
  });
});

describe('HttpService with a base path, auth and static files', () => {
  test('serves only under the base path', async () => {
    const server = await startServer(
      (http) => http.createRouter().get({ path: '/api/status', validate: false }, async (_c, r, res) => res.ok({ body: { space: r.spaceId } })),
      { basePath: '/kbn' }
    );
    try {
      expect(server.url.endsWith('/kbn')).toBe(true);
      expect(await (await fetch(`${server.url}/s/a/api/status`)).json()).toEqual({ space: 'a' });
      expect((await fetch(server.url.replace('/kbn', '/api/status'))).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  test('auth handler guards routes unless authRequired is false', async () => {
    const server = await startServer((http) => {
      http.registerAuth((request, response, toolkit) =>
        request.headers.authorization === 'Basic ok' ? toolkit.authenticated({ user: { username: 'elastic', roles: ['superuser'] } }) : response.unauthorized({ body: 'no' })
      );
      const router = http.createRouter();
      router.get({ path: '/api/me', validate: false }, async (_c, r, res) => res.ok({ body: { user: r.auth.user?.username } }));
      router.get({ path: '/api/public', validate: false, options: { authRequired: false } }, async (_c, r, res) => res.ok({ body: { auth: r.auth.isAuthenticated } }));
    });
    try {
      expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
      expect(await (await fetch(`${server.url}/api/me`, { headers: { authorization: 'Basic ok' } })).json()).toEqual({ user: 'elastic' });
      expect(await (await fetch(`${server.url}/api/public`)).json()).toEqual({ auth: false });
    } finally {
      await server.stop();
    }
  });

  test('static files, without leaving the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-'));
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const server = await startServer((http) => http.registerStaticDir('/ui', dir));
    try {
      const file = await fetch(`${server.url}/ui/app.js`);
      expect(file.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await file.text()).toBe('console.log(1)');
      expect((await fetch(`${server.url}/ui/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
      expect((await fetch(`${server.url}/ui/nope.js`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
