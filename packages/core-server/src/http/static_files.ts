import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { RouteDefinition } from './router';
import type { IKibanaResponse, KibanaRequest, KibanaResponseFactory, RouteValidator } from './types';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Hands the already-decoded wildcard through untouched: the file lookup below does the checking. */
const wildcard: RouteValidator<{ path?: string }> = { validate: (value) => value as { path?: string } };

function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

/**
 * The file `relativePath` names inside `root`, or undefined when there is none or it would leave
 * the folder (`..`, absolute paths, or a symlink pointing out). A folder means its index.html.
 */
export async function resolveStaticFile(root: string, relativePath: string): Promise<{ file: string; size: number } | undefined> {
  if (relativePath.includes('\0')) return undefined;
  const base = await realpath(resolve(root)).catch(() => undefined);
  if (!base) return undefined;
  let file = resolve(base, `.${sep}${relativePath}`);
  if (!inside(base, file)) return undefined;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return undefined;
  const real = await realpath(file).catch(() => undefined);
  if (!real || !inside(base, real)) return undefined;
  return { file: real, size: info.size };
}

/** A GET route serving a folder below `urlPath`, open to anonymous users like Kibana's bundles. */
export function staticDirRoute(urlPath: string, dir: string): RouteDefinition {
  return {
    method: 'get',
    path: `${urlPath}/{path*}`,
    validate: { params: wildcard },
    options: { access: 'public', authRequired: false, xsrfRequired: false },
    pluginId: 'core',
    handler: async (_context, request: KibanaRequest, response: KibanaResponseFactory): Promise<IKibanaResponse> => {
      const found = await resolveStaticFile(dir, (request.params as { path?: string }).path ?? '');
      if (!found) return response.notFound();
      return response.ok({
        body: createReadStream(found.file),
        headers: {
          'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
          'content-length': String(found.size),
          'cache-control': 'no-cache',
        },
      });
    },
  };
}
