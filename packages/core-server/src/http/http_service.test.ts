import { Readable } from 'node:stream';
import { HttpService } from './http_service';
import { createTestLoggerFactory, startTestHttpServer } from './http_service.mock';

const json = async (res: Response): Promise<Record<string, unknown>> => (await res.json()) as Record<string, unknown>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HttpService start and stop', () => {
  test('port 0 binds a free port, reported by getServerUrl and getServerInfo', async () => {
    let info: (() => { host: string; port: number }) | undefined;
    const server = await startTestHttpServer((http) => {
      info = http.getServerInfo;
      http.createRouter().get({ path: '/api/ping', validate: false }, async (_c, _r, res) => res.ok({ body: { pong: true } }));
    });
    try {
      const port = Number(new URL(server.url).port);
      expect(port).toBeGreaterThan(0);
      expect(info?.()).toEqual({ host: '127.0.0.1', port, protocol: 'http' });
      expect(await json(await fetch(`${server.url}/api/ping`))).toEqual({ pong: true });
      expect(server.records.find((r) => r.level === 'info')?.message).toBe(`http server running at ${server.url}`);
    } finally {
      await server.stop();
    }
  });

  test('a port in use fails start with Kibana’s message', async () => {
    const first = await startTestHttpServer(() => undefined);
    try {
      const port = Number(new URL(first.url).port);
      const second = new HttpService({ logger: createTestLoggerFactory(), config: { host: '127.0.0.1', port, basePath: '' } });
      second.setup();
      await expect(second.start()).rejects.toThrow(`Port ${port} is already in use. Another instance of Kibana may be running!`);
    } finally {
      await first.stop();
    }
  });

  test('stop waits for a request in flight, then refuses connections', async () => {
    const server = await startTestHttpServer((http) =>
      http.createRouter().get({ path: '/api/slow', validate: false }, async (_c, _r, res) => {
        await sleep(200);
        return res.ok({ body: { done: true } });
      })
    );
    const inFlight = fetch(`${server.url}/api/slow`);
    await sleep(50);
    await server.stop();
    expect(await json(await inFlight)).toEqual({ done: true });
    await expect(fetch(`${server.url}/api/slow`)).rejects.toThrow();
  });

  test('stop cuts a response that never ends after a short grace period', async () => {
    let aborted = false;
    const server = await startTestHttpServer((http) =>
      http.createRouter().get({ path: '/api/forever', validate: false }, async (_c, request, res) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        return res.ok({ body: new Readable({ read() {} }), headers: { 'content-type': 'text/event-stream' } });
      })
    );
    const res = await fetch(`${server.url}/api/forever`);
    // Resolving at all is the point: without the grace period, close() would wait forever.
    await server.stop();
    await expect(res.text()).rejects.toThrow();
    for (let i = 0; i < 50 && !aborted; i++) await sleep(10);
    expect(aborted).toBe(true);
  });
});

describe('streamed responses', () => {
  test('a Readable body reaches the client as it is produced, and request.signal aborts when the client leaves', async () => {
    const events: string[] = [];
    const server = await startTestHttpServer((http) =>
      http.createRouter().post({ path: '/api/events', validate: false }, async (_c, request, response) => {
        const stream = new Readable({ read() {} });
        let n = 0;
        stream.push(`data: ${n++}\n\n`);
        const timer = setInterval(() => stream.push(`data: ${n++}\n\n`), 20);
        request.signal.addEventListener('abort', () => {
          events.push(`aborted after ${n}`);
          clearInterval(timer);
          stream.destroy();
        });
        return response.ok({ body: stream, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
      })
    );
    try {
      const controller = new AbortController();
      const res = await fetch(`${server.url}/api/events`, { method: 'POST', headers: { 'kbn-xsrf': 'x' }, signal: controller.signal });
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      let received = '';
      while (!received.includes('data: 2')) {
        const { value } = await reader.read();
        received += new TextDecoder().decode(value);
      }
      // The stream is still open: the server has not ended it, the client leaves first.
      expect(events).toEqual([]);
      controller.abort();
      for (let i = 0; i < 50 && events.length === 0; i++) await sleep(10);
      expect(events).toEqual([expect.stringMatching(/^aborted after \d+$/)]);
    } finally {
      await server.stop();
    }
  });
});
