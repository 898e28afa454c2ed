import { Readable } from 'node:stream';
import { schema } from '@kbn/config-schema';
import { startTestHttpServer, type TestHttpServer } from './http_service.mock';
import type { MultipartFileStream } from './multipart';

const xsrf = { 'kbn-xsrf': 'true' };

function form(fields: Record<string, string>, file?: { name: string; filename: string; content: string }): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  if (file) data.append(file.name, new Blob([file.content], { type: 'application/x-ndjson' }), file.filename);
  return data;
}

/** Reads the file part chunk by chunk, as an import does. */
async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += (chunk as Buffer).toString('utf8');
  return text;
}

describe('streamed multipart bodies', () => {
  let server: TestHttpServer;

  beforeAll(async () => {
    server = await startTestHttpServer(
      (http) => {
        const router = http.createRouter();
        const options = { body: { accepts: 'multipart/form-data', output: 'stream' as const, maxBytes: 4096 } };
        router.post(
          { path: '/api/upload', validate: { body: schema.object({ file: schema.stream(), note: schema.maybe(schema.string()) }) }, options },
          async (_c, request, response) => {
            const file = request.body.file as MultipartFileStream;
            const content = await readAll(file);
            const after = await file.fieldsAfter;
            return response.ok({ body: { filename: file.hapi.filename, note: request.body.note ?? null, content, after } });
          }
        );
        router.post({ path: '/api/json-only', validate: false }, async (_c, _r, response) => response.noContent());
        router.post(
          { path: '/api/refuse', validate: { body: schema.object({ file: schema.stream() }) }, options: { body: { accepts: 'multipart/form-data', output: 'stream', maxBytes: 8_000_000 } } },
          async (_c, _r, response) => response.badRequest({ body: 'not reading that' })
        );
      },
      { maxPayload: 1024 }
    );
  });

  afterAll(() => server.stop());

  test('fields before the file are strings, the file reaches the handler as a stream', async () => {
    const res = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: xsrf,
      body: form({ note: 'hello' }, { name: 'file', filename: 'export.ndjson', content: '{"a":1}\n{"b":2}\n' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ filename: 'export.ndjson', note: 'hello', content: '{"a":1}\n{"b":2}\n', after: {} });
  });

  test('fields sent after the file are read once the file has been', async () => {
    const data = form({}, { name: 'file', filename: 'export.ndjson', content: 'line\n' });
    data.append('retries', '[]');
    const res = await fetch(`${server.url}/api/upload`, { method: 'POST', headers: xsrf, body: data });
    expect(await res.json()).toEqual({ filename: 'export.ndjson', note: null, content: 'line\n', after: { retries: '[]' } });
  });

  test('the route’s maxBytes applies, not server.maxPayload, and past it the answer is Kibana’s 413', async () => {
    const ok = await fetch(`${server.url}/api/upload`, { method: 'POST', headers: xsrf, body: form({}, { name: 'file', filename: 'a.ndjson', content: 'x'.repeat(2000) }) });
    expect(ok.status).toBe(200);
    const tooBig = await fetch(`${server.url}/api/upload`, { method: 'POST', headers: xsrf, body: form({}, { name: 'file', filename: 'a.ndjson', content: 'x'.repeat(5000) }) });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Payload content length greater than maximum allowed: 4096' });
  });

  test('a body sent in chunks without a length is counted as it streams', async () => {
    const boundary = 'kbn-boundary';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.ndjson"\r\ncontent-type: application/x-ndjson\r\n\r\n`;
    const chunks = [head, ...Array.from({ length: 10 }, () => 'y'.repeat(1000)), `\r\n--${boundary}--\r\n`];
    const res = await fetch(`${server.url}/api/upload`, {
      method: 'POST',
      headers: { ...xsrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: Readable.toWeb(Readable.from(chunks)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  test('a big upload the handler does not read still gets its answer, again and again', async () => {
    const agentUrl = `${server.url}/api/refuse`;
    for (let i = 0; i < 2; i += 1) {
      const res = await fetch(agentUrl, { method: 'POST', headers: xsrf, body: form({}, { name: 'file', filename: 'big.ndjson', content: 'z'.repeat(5_000_000) }) });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ message: 'not reading that' });
    }
  });

  test('a missing file fails the route’s validation; other routes refuse multipart with 415', async () => {
    const noFile = await fetch(`${server.url}/api/upload`, { method: 'POST', headers: xsrf, body: form({ note: 'x' }) });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { message: string }).message).toMatch(/^\[request body\.file\]/);
    const refused = await fetch(`${server.url}/api/json-only`, { method: 'POST', headers: xsrf, body: form({ note: 'x' }) });
    expect(refused.status).toBe(415);
  });
});
