/** Where the page is: Kibana's `server.basePath`, then `/s/<space_id>` unless in the default space. */
export interface BrowserLocation {
  /** `server.basePath`, e.g. `/kbn`; empty when none. */
  serverBasePath: string;
  /** `default` when the URL names no space. */
  spaceId: string;
  /** What every URL of this space starts with: the base path plus `/s/<space_id>` (not for the default space). */
  spaceBasePath: string;
  /** The rest of the path, e.g. `/app/management/insightsAndAlerting/triggersActionsConnectors`. */
  appPath: string;
}

const SPACE_PREFIX = /^\/s\/([a-z0-9_-]+)(?=\/|$)/;

export function parseBrowserLocation(pathname: string, serverBasePath: string): BrowserLocation {
  const base = serverBasePath.replace(/\/$/, '');
  let rest = base && (pathname === base || pathname.startsWith(`${base}/`)) ? pathname.slice(base.length) : pathname;
  const match = SPACE_PREFIX.exec(rest);
  const spaceId = match && match[1] !== 'default' ? match[1] : 'default';
  if (match) rest = rest.slice(match[0].length);
  return {
    serverBasePath: base,
    spaceId,
    spaceBasePath: spaceId === 'default' ? base : `${base}/s/${spaceId}`,
    appPath: rest || '/',
  };
}
