import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHttpServer, type TestHttpServer } from './http_service.mock';

/** fetch normalises `..` away; a raw request sends the path exactly as written. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('registerStaticDir', () => {
  let server: TestHttpServer;
  let preAuthPaths: string[];
  const root = mkdtempSync(join(tmpdir(), 'kbn-static-'));
  const dir = join(root, 'public');
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'bundle.js'), 'console.log(1)');
  writeFileSync(join(dir, 'app', 'index.html'), '<html>app</html>');
  writeFileSync(join(dir, 'with space.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'top secret');
  symlinkSync(join(root, 'secret.txt'), join(dir, 'link.txt'));

  beforeAll(async () => {
    preAuthPaths = [];
    server = await startTestHttpServer(
      (http) => {
        http.registerOnPreAuth((request, _res, toolkit) => {
          preAuthPaths.push(request.url.pathname);
          return toolkit.next();
        });
        // Static bundles are open to anonymous users, as in Kibana.
        http.registerAuth((_request, response) => response.unauthorized());
        http.registerStaticDir('/ui/', dir);
      },
      { basePath: '/kbn' }
    );
  });

  afterAll(() => server.stop());

  test('serves files with their content type, below the base path and in spaces', async () => {
    const file = await fetch(`${server.url}/ui/bundle.js`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await file.text()).toBe('console.log(1)');
    expect(await (await fetch(`${server.url}/s/ops/ui/with%20space.css`)).text()).toBe('body{}');
    expect(await (await fetch(`${server.url}/ui/app/`)).text()).toBe('<html>app</html>');
    expect(preAuthPaths).toContain('/kbn/ui/bundle.js');
  });

  test('missing files are 404 in the error shape', async () => {
    const res = await fetch(`${server.url}/ui/nope.js`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });

  test('never leaves the folder', async () => {
    const attempts = [
      '/kbn/ui/../secret.txt',
      '/kbn/ui/..%2fsecret.txt',
      '/kbn/ui/%2e%2e/secret.txt',
      '/kbn/ui/%2e%2e%2fsecret.txt',
      '/kbn/ui/..%5csecret.txt',
      '/kbn/ui/%252e%252e%252fsecret.txt',
      `/kbn/ui/${encodeURIComponent(join(root, 'secret.txt'))}`,
      '/kbn/ui/bundle.js%00.txt',
      '/kbn/ui/link.txt',
    ];
    for (const path of attempts) {
      const res = await rawGet(server.url, path);
      expect({ path, leaked: res.body.includes('top secret') }).toEqual({ path, leaked: false });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
