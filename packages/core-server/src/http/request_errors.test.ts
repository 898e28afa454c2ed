import { request as httpRequest } from 'node:http';
import { schema } from '@kbn/config-schema';
import { HttpError } from '../errors/http_error';
import { startTestHttpServer, type TestHttpServer } from './http_service.mock';
import type { IKibanaResponse } from './types';

const writeHeaders = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };
const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;

/** fetch cannot send a body without a content type (it adds text/plain), so use node:http. */
function postWithoutContentType(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('errors and request bodies', () => {
  let server: TestHttpServer;

  beforeAll(async () => {
    server = await startTestHttpServer(
      (http) => {
        const router = http.createRouter();
        const body = schema.object({ name: schema.string() });
        router.post({ path: '/api/things', validate: { body } }, async (_c, request, response) => response.ok({ body: request.body }));
        router.post({ path: '/api/small', validate: { body }, options: { body: { maxBytes: 20 } } }, async (_c, _r, response) => response.noContent());
        router.post({ path: '/api/text', validate: { body: schema.string() } }, async (_c, request, response) => response.ok({ body: { text: request.body } }));
        router.get({ path: '/api/missing/{id}', validate: { params: schema.object({ id: schema.string() }) } }, async (_c, request) => {
          throw new HttpError(404, `Saved object [action/${request.params.id}] not found`);
        });
        router.get({ path: '/api/conflict', validate: false }, async () => {
          throw new HttpError(409, 'Saved object [action/1] conflict', { reason: 'version' });
        });
        router.get({ path: '/api/boom', validate: false }, async () => {
          throw new Error('secret internals: password=hunter2');
        });
        router.get({ path: '/api/not-a-response', validate: false }, async () => ({ status: 200 }) as unknown as IKibanaResponse);
        router.put({ path: '/api/things/{id}', validate: false }, async (_c, _r, response) => response.noContent());
        router.delete({ path: '/api/things/{id}', validate: false }, async (_c, _r, response) => response.noContent());
        router.post({ path: '/api/webhook', validate: false, options: { xsrfRequired: false } }, async (_c, _r, response) => response.noContent());
      },
      { maxPayload: 1024 }
    );
  });

  afterAll(() => server.stop());

  test('a thrown HttpError becomes its response', async () => {
    const missing = await fetch(`${server.url}/api/missing/7`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Saved object [action/7] not found' });
    expect(await json(await fetch(`${server.url}/api/conflict`))).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Saved object [action/1] conflict',
      attributes: { reason: 'version' },
    });
  });

  test('any other thrown error is a 500 that hides the message and logs the stack', async () => {
    const boom = await fetch(`${server.url}/api/boom`);
    expect(boom.status).toBe(500);
    expect(await json(boom)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' });
    const logged = server.records.find((r) => r.level === 'error' && r.message.includes('hunter2'));
    expect(logged?.context).toBe('http.server');
    expect(logged?.error?.stack).toContain('request_errors.test.ts');
    const junk = await fetch(`${server.url}/api/not-a-response`);
    expect(junk.status).toBe(500);
    expect(server.records.some((r) => r.level === 'error' && r.message.includes('did not return a response from the response factory'))).toBe(true);
  });

  test('unknown routes are 404 in the error shape', async () => {
    const res = await fetch(`${server.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    expect((await fetch(`${server.url}/api/things`, { method: 'PATCH', headers: writeHeaders })).status).toBe(404);
  });

  test('malformed JSON is a 400', async () => {
    const res = await fetch(`${server.url}/api/things`, { method: 'POST', headers: writeHeaders, body: '{"name":' });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format' });
  });

  test('bodies over server.maxPayload or the route maxBytes are 413 naming the limit', async () => {
    const big = await fetch(`${server.url}/api/things`, { method: 'POST', headers: writeHeaders, body: JSON.stringify({ name: 'x'.repeat(2000) }) });
    expect(big.status).toBe(413);
    expect(await json(big)).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Payload content length greater than maximum allowed: 1024' });
    const small = await fetch(`${server.url}/api/small`, { method: 'POST', headers: writeHeaders, body: JSON.stringify({ name: 'x'.repeat(30) }) });
    expect((await json(small)).message).toBe('Payload content length greater than maximum allowed: 20');
    expect((await fetch(`${server.url}/api/small`, { method: 'POST', headers: writeHeaders, body: '{"name":"x"}' })).status).toBe(204);
  });

  test('content types: JSON variants and none are JSON, text is text, others are 415', async () => {
    const vendor = await fetch(`${server.url}/api/things`, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-type': 'application/vnd.api+json; charset=utf-8' }, body: '{"name":"v"}' });
    expect(await json(vendor)).toEqual({ name: 'v' });
    const bare = await postWithoutContentType(`${server.url}/api/things`, '{"name":"bare"}');
    expect(bare).toEqual({ status: 200, body: '{"name":"bare"}' });
    const text = await fetch(`${server.url}/api/text`, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-type': 'text/plain' }, body: 'hello' });
    expect(await json(text)).toEqual({ text: 'hello' });
    const image = await fetch(`${server.url}/api/things`, { method: 'POST', headers: { 'kbn-xsrf': 'x', 'content-type': 'image/png' }, body: 'x' });
    expect(image.status).toBe(415);
    expect(await json(image)).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: 'Unsupported Media Type' });
  });

  test('writes need kbn-xsrf (or kbn-version) unless the route opts out', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const path = method === 'POST' ? '/api/things' : '/api/things/1';
      const res = await fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: '{"name":"n"}' });
      expect(res.status).toBe(400);
      expect(await json(res)).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' });
    }
    const version = await fetch(`${server.url}/api/things`, { method: 'POST', headers: { 'content-type': 'application/json', 'kbn-version': '9.0.0' }, body: '{"name":"n"}' });
    expect(version.status).toBe(200);
    expect((await fetch(`${server.url}/api/webhook`, { method: 'POST' })).status).toBe(204);
    expect((await fetch(`${server.url}/api/missing/1`, { method: 'HEAD' })).status).toBe(404);
  });

  test('each response is logged at debug on http.server.response', async () => {
    await fetch(`${server.url}/api/missing/42?x=1`);
    await fetch(`${server.url}/api/nowhere`);
    const lines = server.records.filter((r) => r.context === 'http.server.response' && r.level === 'debug').map((r) => r.message);
    expect(lines).toContainEqual(expect.stringMatching(/^GET \/api\/missing\/42 404 \d+ms$/));
    expect(lines).toContainEqual(expect.stringMatching(/^GET \/api\/nowhere 404 \d+ms$/));
    const record = server.records.find((r) => r.context === 'http.server.response' && r.message.startsWith('GET /api/missing/42'));
    expect(record?.meta).toMatchObject({ http: { request: { method: 'GET' }, response: { status_code: 404 } }, url: { path: '/api/missing/42', query: 'x=1' } });
  });
});
