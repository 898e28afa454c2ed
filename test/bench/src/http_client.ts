import { Agent, request } from 'node:http';

/** Keep-alive connections, as a browser or a load balancer would hold them. */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

export interface CallResult {
  status: number;
  body: string;
  ms: number;
}

export interface CallOptions {
  body?: unknown;
  /** A fresh connection for this call (each of many concurrent clients), instead of keep-alive. */
  agent?: Agent | false;
  timeoutMs?: number;
}

/** One HTTP call to the local server, timed from send to the last byte of the answer. */
export function call(method: string, url: string, { body, agent = keepAlive, timeoutMs = 30_000 }: CallOptions = {}): Promise<CallResult> {
  const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(
      url,
      {
        method,
        agent,
        timeout: timeoutMs,
        headers: { 'kbn-xsrf': 'bench', ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
        res.on('error', reject);
      }
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Like `call`, but a status outside 2xx is an error naming the route and the answer. */
export async function callOk(method: string, url: string, options: CallOptions = {}): Promise<CallResult> {
  const result = await call(method, url, options);
  if (result.status < 200 || result.status > 299) throw new Error(`${method} ${url} answered ${result.status}: ${result.body.slice(0, 500)}`);
  return result;
}

/** Runs `count` tasks, `concurrency` at a time; stops early (and says so) at `deadline` (epoch ms). */
export async function runPool(count: number, concurrency: number, task: (index: number) => Promise<void>, deadline = Infinity): Promise<number> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const index = next++;
      await task(index);
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return done;
}

/** Times `count` sequential calls of `fn` (after `warmup` untimed ones), within `budgetMs`. */
export async function timeSequential(count: number, warmup: number, budgetMs: number, fn: (index: number) => Promise<void>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const deadline = Date.now() + budgetMs;
  for (let i = 0; i < count && Date.now() < deadline; i++) {
    const started = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}
