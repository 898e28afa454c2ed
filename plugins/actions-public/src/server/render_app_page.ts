import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the UI build sits: `dist/ui`, found from `src/server` (tests) and `dist/server` alike. */
export const UI_DIST_DIR = join(__dirname, '..', '..', 'dist', 'ui');
/** Where the server serves it, below `server.basePath` (not per space: the files are the same). */
export const UI_URL_PATH = '/ui';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The app page: the built index.html with a `<base>` pointing at the bundle (its asset URLs are
 * relative, so one build works under any base path and space) and the base path for the shell.
 */
export function renderAppPage(indexHtml: string, serverBasePath: string): string {
  const head = [
    `<base href="${escapeAttribute(`${serverBasePath}${UI_URL_PATH}/`)}">`,
    `<meta name="kbn-base-path" content="${escapeAttribute(serverBasePath)}">`,
  ].join('');
  return indexHtml.replace(/<head>/i, `<head>${head}`);
}

export async function readAppPage(dir: string, serverBasePath: string): Promise<string | undefined> {
  const html = await readFile(join(dir, 'index.html'), 'utf8').catch(() => undefined);
  return html === undefined ? undefined : renderAppPage(html, serverBasePath);
}
