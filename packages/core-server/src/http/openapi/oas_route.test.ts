import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '../../mocks';

const fixtures = join(__dirname, '..', '..', '..', 'test_fixtures', 'plugins');

describe('GET /api/oas', () => {
  let server: TestRoot;

  beforeAll(async () => {
    server = await createTestRoot({ pluginSearchPaths: [fixtures] });
  });
  afterAll(() => server?.stop());

  test('documents the plugins’ public routes from their validation schemas', async () => {
    const res = await fetch(`${server.url}/api/oas?pathStartsWith=/api/alpha`);
    expect(res.status).toBe(200);
    const document = (await res.json()) as { openapi: string; servers: Array<{ url: string }>; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.0.0');
    expect(document.servers).toEqual([{ url: server.url }]);
    expect(Object.keys(document.paths)).toEqual(['/api/alpha/note']);
    expect(document.paths['/api/alpha/note'].post).toMatchObject({
      operationId: 'post-alpha-note',
      requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } } } },
    });
  });

  test('lists core routes too, and takes several prefixes', async () => {
    const document = (await (await fetch(`${server.url}/api/oas?pathStartsWith=/api/status&pathStartsWith=/api/oas`)).json()) as { paths: object };
    expect(Object.keys(document.paths)).toEqual(['/api/oas', '/api/status']);
  });

  test('refuses an unknown access value with Kibana’s validation message', async () => {
    const res = await fetch(`${server.url}/api/oas?access=secret`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('[request query.access]');
  });
});
