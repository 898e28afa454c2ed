import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Sink {
  url: string;
  /** Requests received so far. */
  count(): number;
  /** Resolves when `count()` reaches `n`; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs: number): Promise<void>;
  /** Called with each request's body and the `performance.now()` it arrived at. */
  onBody?: (body: string, at: number) => void;
  reset(): void;
  close(): Promise<void>;
}

/** A local HTTP endpoint on 127.0.0.1 that answers every POST with 200 `{}` at once. */
export async function startSink(): Promise<Sink> {
  let received = 0;
  let waiters: Array<{ n: number; resolve: () => void }> = [];
  const sink: Sink = {
    url: '',
    count: () => received,
    waitFor: (n, timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        if (received >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`the sink got ${received} of ${n} requests within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      }),
    reset: () => {
      received = 0;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      received++;
      sink.onBody?.(Buffer.concat(chunks).toString('utf8'), at);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 });
      res.end('{}');
      if (waiters.length > 0) {
        const ready = waiters.filter((waiter) => received >= waiter.n);
        waiters = waiters.filter((waiter) => received < waiter.n);
        ready.forEach((waiter) => waiter.resolve());
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return sink;
}
