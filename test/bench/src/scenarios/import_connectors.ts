import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { request } from 'node:http';
import { once } from 'node:events';

export const IMPORT_ROUTE = '/api/saved_objects/_import';

/** Writes `count` connectors as Kibana's export NDJSON (what `_export` of `action` objects gives). */
export async function writeConnectorsNdjson(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    const line = JSON.stringify({
      id: `bench-import-${i}`,
      type: 'action',
      namespaces: ['default'],
      attributes: { actionTypeId: '.bench-log', name: `Imported ${i}`, isMissingSecrets: false, config: {} },
      references: [],
      managed: false,
      coreMigrationVersion: '8.8.0',
      typeMigrationVersion: '8.3.0',
    });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end(`${JSON.stringify({ excludedObjects: [], excludedObjectsCount: 0, exportedCount: count, missingRefCount: 0, missingReferences: [] })}\n`);
  await once(out, 'finish');
}

/**
 * Kibana's import: `POST /api/saved_objects/_import?overwrite=true`, multipart/form-data with the
 * NDJSON as the `file` part, streamed from disk. Resolves with the status and the answer's body.
 */
export function postImport(baseUrl: string, file: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  const boundary = `----kbn-bench-${Date.now().toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="export.ndjson"\r\nContent-Type: application/ndjson\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${IMPORT_ROUTE}?overwrite=true`, {
      method: 'POST',
      timeout: timeoutMs,
      headers: {
        'kbn-xsrf': 'bench',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + statSync(file).size + tail.length,
      },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`the import did not answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
}
