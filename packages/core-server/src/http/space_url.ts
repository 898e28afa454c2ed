const SPACE_PREFIX = /^\/s\/([a-z0-9_-]+)(?=\/|$)/;

export const DEFAULT_SPACE_ID = 'default';

/**
 * Splits `<basePath>/s/<space>/rest` into the space and the path routes are matched on.
 * `undefined` when the URL is outside the base path.
 */
export function splitSpaceUrl(rawUrl: string, basePath: string): { spaceId: string; url: string } | undefined {
  let url = rawUrl;
  if (basePath) {
    if (url !== basePath && !url.startsWith(`${basePath}/`) && !url.startsWith(`${basePath}?`)) return undefined;
    url = url.slice(basePath.length) || '/';
    if (url.startsWith('?')) url = `/${url}`;
  }
  const match = SPACE_PREFIX.exec(url);
  if (!match) return { spaceId: DEFAULT_SPACE_ID, url };
  return { spaceId: match[1], url: url.slice(match[0].length) || '/' };
}
