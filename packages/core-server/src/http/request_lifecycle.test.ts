import { HttpError } from '../errors/http_error';
import { startTestHttpServer, type TestHttpServer } from './http_service.mock';

const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

describe('lifecycle interceptors and auth', () => {
  let server: TestHttpServer;
  const events: string[] = [];

  beforeAll(async () => {
    server = await startTestHttpServer(
      (http) => {
        http.registerOnPreAuth((request, response, toolkit) => {
          events.push(`preAuth ${request.url.pathname}`);
          if (request.headers['x-pre'] === 'stop') return response.customError({ statusCode: 503, body: 'maintenance' });
          if (request.headers['x-pre'] === 'throw') throw new HttpError(429, 'slow down');
          return toolkit.next();
        });
        http.registerAuth((request, response, toolkit) => {
          events.push('auth');
          const header = request.headers.authorization;
          if (header === 'Basic good') return toolkit.authenticated({ user: { username: 'elastic', roles: ['superuser'] } });
          if (header === undefined) return toolkit.notHandled();
          return response.unauthorized({ body: 'bad credentials', headers: { 'www-authenticate': 'Basic realm="kibana"' } });
        });
        http.registerOnPostAuth((request, response, toolkit) => {
          events.push(`postAuth ${request.auth.user?.username ?? 'anonymous'}`);
          return request.headers['x-post'] === 'deny' ? response.forbidden({ body: 'denied' }) : toolkit.next();
        });
        const router = http.createRouter();
        router.post({ path: '/api/me', validate: false }, async (_c, request, response) => {
          events.push('handler');
          return response.ok({ body: { user: request.auth.user?.username ?? null } });
        });
        router.get({ path: '/api/anonymous', validate: false, options: { authRequired: false } }, async (_c, request, response) =>
          response.ok({ body: { authenticated: request.auth.isAuthenticated } })
        );
        router.get({ path: '/api/optional', validate: false, options: { authRequired: 'optional' } }, async (_c, request, response) =>
          response.ok({ body: { user: request.auth.user?.username ?? null } })
        );
      },
      { maxPayload: 64 }
    );
  });

  afterAll(() => server.stop());
  beforeEach(() => {
    events.length = 0;
  });

  const post = (headers: Record<string, string>, body = '{}') =>
    fetch(`${server.url}/api/me`, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-type': 'application/json', ...headers }, body });

  test('onPreAuth, auth, onPostAuth, then the handler', async () => {
    const res = await post({ authorization: 'Basic good' });
    expect(await json(res)).toEqual({ user: 'elastic' });
    expect(events).toEqual(['preAuth /api/me', 'auth', 'postAuth elastic', 'handler']);
  });

  test('each step can answer at once, and later steps do not run', async () => {
    const pre = await post({ 'x-pre': 'stop', authorization: 'Basic good' });
    expect(await json(pre)).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'maintenance' });
    expect(events).toEqual(['preAuth /api/me']);
    events.length = 0;
    const thrown = await post({ 'x-pre': 'throw' });
    expect(await json(thrown)).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'slow down' });
    events.length = 0;
    const badAuth = await post({ authorization: 'Basic wrong' });
    expect(badAuth.status).toBe(401);
    expect(badAuth.headers.get('www-authenticate')).toBe('Basic realm="kibana"');
    expect(await json(badAuth)).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'bad credentials' });
    expect(events).toEqual(['preAuth /api/me', 'auth']);
    events.length = 0;
    const post403 = await post({ authorization: 'Basic good', 'x-post': 'deny' });
    expect(await json(post403)).toEqual({ statusCode: 403, error: 'Forbidden', message: 'denied' });
    expect(events).toEqual(['preAuth /api/me', 'auth', 'postAuth elastic']);
  });

  test('an unhandled request to a route that needs auth is 401', async () => {
    const res = await post({});
    expect(await json(res)).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' });
  });

  test('auth is decided before the body is read', async () => {
    const res = await post({ authorization: 'Basic wrong' }, JSON.stringify({ padding: 'x'.repeat(500) }));
    expect(res.status).toBe(401);
    const authenticated = await post({ authorization: 'Basic good' }, JSON.stringify({ padding: 'x'.repeat(500) }));
    expect(authenticated.status).toBe(413);
  });

  test('authRequired: false skips auth; optional lets a failure through anonymous', async () => {
    expect(await json(await fetch(`${server.url}/api/anonymous`, { headers: { authorization: 'Basic good' } }))).toEqual({ authenticated: false });
    expect(events).toEqual(['preAuth /api/anonymous', 'postAuth anonymous']);
    expect(await json(await fetch(`${server.url}/api/optional`, { headers: { authorization: 'Basic wrong' } }))).toEqual({ user: null });
    expect(await json(await fetch(`${server.url}/api/optional`, { headers: { authorization: 'Basic good' } }))).toEqual({ user: 'elastic' });
  });

  test('only one auth handler', async () => {
    await expect(
      startTestHttpServer((http, core) => {
        http.registerAuth((_r, _res, toolkit) => toolkit.notHandled());
        core.forPlugin('security').registerAuth((_r, _res, toolkit) => toolkit.notHandled());
      })
    ).rejects.toThrow('An auth handler is already registered; plugin [security] cannot register another');
  });
});

describe('route handler contexts', () => {
  let server: TestHttpServer;
  const calls: string[] = [];

  beforeAll(async () => {
    server = await startTestHttpServer((http, core) => {
      core.registerRouteHandlerContext('core', (_context, request) => {
        calls.push(`core ${request.spaceId}`);
        return { spaceId: request.spaceId };
      });
      http.registerRouteHandlerContext('actions', async (context) => {
        calls.push('actions');
        const coreContext = (await context.core) as { spaceId: string };
        return { getClient: () => `client for ${coreContext.spaceId}` };
      });
      const router = http.createRouter();
      router.get({ path: '/api/client', validate: false }, async (context, _r, response) => {
        const [first, second] = (await Promise.all([context.actions, context.actions])) as Array<{ getClient(): string }>;
        return response.ok({ body: { client: first.getClient(), same: first === second } });
      });
      router.get({ path: '/api/none', validate: false }, async (_c, _r, response) => response.ok({ body: {} }));
    });
  });

  afterAll(() => server.stop());
  beforeEach(() => {
    calls.length = 0;
  });

  test('providers run lazily, once per request, and may read other contexts', async () => {
    expect(await json(await fetch(`${server.url}/s/ops/api/client`))).toEqual({ client: 'client for ops', same: true });
    expect(calls).toEqual(['actions', 'core ops']);
    calls.length = 0;
    await fetch(`${server.url}/api/client`);
    expect(calls).toEqual(['actions', 'core default']);
  });

  test('a provider nobody reads never runs', async () => {
    expect((await fetch(`${server.url}/api/none`)).status).toBe(200);
    expect(calls).toEqual([]);
  });

  test('a context name is registered once', async () => {
    await expect(
      startTestHttpServer((http, core) => {
        core.registerRouteHandlerContext('core', () => ({}));
        http.registerRouteHandlerContext('core', () => ({}));
      })
    ).rejects.toThrow('A route handler context [core] is already registered; [test] cannot register it again');
  });
});
