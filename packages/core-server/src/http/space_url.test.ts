import { startTestHttpServer, type TestHttpServer } from './http_service.mock';
import type { HttpServiceSetup } from './types';

const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

function echoRoutes(http: HttpServiceSetup) {
  const router = http.createRouter();
  router.get({ path: '/api/where', validate: false }, async (_c, request, response) =>
    response.ok({ body: { space: request.spaceId, url: request.url.href, path: request.url.pathname } })
  );
  router.post({ path: '/api/where', validate: false }, async (_c, request, response) => response.ok({ body: { space: request.spaceId } }));
}

describe('spaces in URLs', () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startTestHttpServer(echoRoutes);
  });
  afterAll(() => server.stop());

  test('a route is served at its path in the default space', async () => {
    const res = await json(await fetch(`${server.url}/api/where?a=1`));
    expect(res).toEqual({ space: 'default', url: `${server.url}/api/where?a=1`, path: '/api/where' });
  });

  test('and again under /s/<space_id>, the handler knowing the space and the full URL', async () => {
    expect(await json(await fetch(`${server.url}/s/marketing/api/where`))).toEqual({
      space: 'marketing',
      url: `${server.url}/s/marketing/api/where`,
      path: '/s/marketing/api/where',
    });
    expect(await json(await fetch(`${server.url}/s/ops_1-b/api/where`, { method: 'POST', headers: { 'kbn-xsrf': 'x' } }))).toEqual({ space: 'ops_1-b' });
    expect((await json(await fetch(`${server.url}/s/default/api/where`))).space).toBe('default');
  });

  test('a space id outside [a-z0-9_-] is not a space prefix', async () => {
    const res = await fetch(`${server.url}/s/Marketing/api/where`);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    expect((await fetch(`${server.url}/s//api/where`)).status).toBe(404);
  });
});

describe('server.basePath', () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startTestHttpServer(echoRoutes, { basePath: '/kbn' });
  });
  afterAll(() => server.stop());

  test('everything is served below the base path, spaces included', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kbn$/);
    expect(server.start.basePath.serverBasePath).toBe('/kbn');
    expect((await json(await fetch(`${server.url}/api/where`))).space).toBe('default');
    expect(await json(await fetch(`${server.url}/s/a/api/where`))).toMatchObject({ space: 'a', path: '/kbn/s/a/api/where' });
  });

  test('nothing is served outside it', async () => {
    const origin = new URL(server.url).origin;
    const outside = await fetch(`${origin}/api/where`);
    expect(outside.status).toBe(404);
    expect(await json(outside)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    expect((await fetch(`${origin}/kbnx/api/where`)).status).toBe(404);
    expect((await fetch(`${origin}/s/a/kbn/api/where`)).status).toBe(404);
  });
});
