import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createProxy } from 'proxy';

/*
 * Real servers on 127.0.0.1 and a free port, for tests over real sockets: plain HTTP, HTTPS with
 * the committed test certificates, and an HTTP proxy that records what it proxied.
 */

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const fixtures = join(__dirname, 'test_fixtures');

/** The committed test CA and certificates (valid for a hundred years). */
export const testCertificates = {
  caPath: join(fixtures, 'ca.crt'),
  ca: readFileSync(join(fixtures, 'ca.crt'), 'utf8'),
  /** For 127.0.0.1 and localhost. */
  server: { cert: readFileSync(join(fixtures, 'server.crt')), key: readFileSync(join(fixtures, 'server.key')) },
  /** Signed by the same CA, but for other-host.invalid only. */
  otherHost: { cert: readFileSync(join(fixtures, 'other_host.crt')), key: readFileSync(join(fixtures, 'other_host.key')) },
};

async function listen(server: Server, protocol: 'http' | 'https'): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${protocol}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function startHttpServer(handler: RequestListener): Promise<TestServer> {
  return listen(createServer(handler), 'http');
}

export function startHttpsServer(
  handler: RequestListener,
  identity: { cert: Buffer; key: Buffer } = testCertificates.server
): Promise<TestServer> {
  return listen(createHttpsServer(identity, handler), 'https');
}

export interface ProxiedRequest {
  method: string;
  /** `host:port` for CONNECT, the absolute URL for plain proxying. */
  target: string;
  headers: IncomingMessage['headers'];
}

export interface RecordingProxy extends TestServer {
  requests: ProxiedRequest[];
}

/**
 * A real HTTP proxy (plain proxying and CONNECT tunnels) that records every request it gets;
 * with `tls`, clients reach it over https (with the 127.0.0.1 certificate of the test CA).
 */
export async function startRecordingProxy({ tls = false }: { tls?: boolean } = {}): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  // an https.Server accepts the same request and connect listeners the proxy installs
  const proxy = createProxy(tls ? (createHttpsServer(testCertificates.server) as unknown as Server) : createServer());
  proxy.authenticate = (req) => {
    requests.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers });
    return true;
  };
  const server = await listen(proxy, tls ? 'https' : 'http');
  return { ...server, requests };
}

/** Answers JSON with a status. */
export function sendJson(res: Parameters<RequestListener>[1], status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
