import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as Elasticsearch received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The NDJSON body, one parsed line each. */
  lines: unknown[];
}

/**
 * How the next `_bulk` answers: every item created, item errors, a 429 for the whole request or for
 * every item, or as a server that is not Elasticsearch (no product header).
 */
export type BulkBehaviour = 'created' | 'item-errors' | 'throttled' | 'items-throttled' | 'not-elasticsearch';

export interface FakeElasticsearch {
  url: string;
  requests: ReceivedRequest[];
  /** Documents written, by index. */
  documents: Map<string, unknown[]>;
  /** Sets how the following `_bulk` requests answer (default `created`). */
  respondWith(behaviour: BulkBehaviour): void;
  close(): Promise<void>;
}

const PRODUCT_HEADERS = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };

/**
 * Elasticsearch's bulk API on 127.0.0.1, enough for the official client: the product header it
 * checks, `/_bulk` and `/<index>/_bulk` with NDJSON in, Elasticsearch's item results and errors out.
 */
export async function startFakeElasticsearch(): Promise<FakeElasticsearch> {
  const requests: ReceivedRequest[] = [];
  const documents = new Map<string, unknown[]>();
  let behaviour: BulkBehaviour = 'created';

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const lines = body.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown);
      requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, lines });
      const bulk = /^\/(?:([^/]+)\/)?_bulk$/.exec(url.pathname);
      if (!bulk || req.method !== 'POST') {
        res.writeHead(404, PRODUCT_HEADERS).end(JSON.stringify({ error: { type: 'illegal_argument_exception', reason: `no handler for ${req.method} ${url.pathname}` }, status: 404 }));
        return;
      }
      if (behaviour === 'not-elasticsearch') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: false, items: [] }));
        return;
      }
      if (behaviour === 'throttled') {
        res.writeHead(429, PRODUCT_HEADERS).end(JSON.stringify({ error: { type: 'es_rejected_execution_exception', reason: 'rejected execution of coordinating operation' }, status: 429 }));
        return;
      }
      const index = decodeURIComponent(bulk[1] ?? '');
      const sources = lines.filter((_, position) => position % 2 === 1);
      const items = sources.map((source, position) => {
        const target = { _index: index, _id: `doc-${requests.length}-${position}` };
        if (behaviour === 'items-throttled') return { create: { ...target, status: 429, error: { type: 'es_rejected_execution_exception', reason: 'rejected execution of primary operation' } } };
        if (behaviour === 'item-errors' && position === 0) {
          return {
            create: {
              ...target,
              status: 400,
              error: { type: 'document_parsing_exception', reason: '[1:10] failed to parse field [count] of type [long]', caused_by: { type: 'illegal_argument_exception', reason: 'For input string: "many"' } },
            },
          };
        }
        documents.set(index, [...(documents.get(index) ?? []), source]);
        return { create: { ...target, _version: 1, result: 'created', status: 201 } };
      });
      const errors = items.some((item) => 'error' in item.create);
      res.writeHead(200, PRODUCT_HEADERS).end(JSON.stringify({ errors, took: 1, items }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    documents,
    respondWith: (next) => (behaviour = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
