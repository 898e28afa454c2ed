import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Sends `relativePath` from inside `root`, or answers false (outside the folder, or no such file). */
export async function sendStaticFile(reply: FastifyReply, root: string, relativePath: string): Promise<boolean> {
  const base = resolve(root);
  const file = resolve(base, `.${sep}${decodeURIComponent(relativePath)}`);
  if (file !== base && !file.startsWith(base + sep)) return false;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return false;
  reply
    .header('content-type', TYPES[extname(file)] ?? 'application/octet-stream')
    .header('content-length', info.size)
    .header('cache-control', 'no-cache');
  await reply.send(createReadStream(file));
  return true;
}
