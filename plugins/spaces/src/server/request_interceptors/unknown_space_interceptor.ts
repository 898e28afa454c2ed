import type { HttpServiceSetup, KibanaRequest } from '@kbn/core-server';
import { DEFAULT_SPACE_ID } from '../constants';
import type { KnownSpaces } from '../known_spaces/known_spaces';

/** API calls: what a client reaches with `/s/<id>/api/...` or `/s/<id>/internal/...`. */
function isApiCall(request: KibanaRequest): boolean {
  const path = request.route.path;
  return path.startsWith('/api/') || path.startsWith('/internal/');
}

export function unknownSpaceMessage(spaceId: string): string {
  return `Space [${spaceId}] not found`;
}

/**
 * Answers 404 to API calls into a space that does not exist. Kibana's onPostAuth interceptor checks
 * only `/app` pages (redirecting to the space selector) and lets API calls through, which leaves
 * objects in a space that no list shows and no space delete removes; here they are refused.
 * Pages and static files pass (the UI will redirect to the space selector as Kibana does). The
 * default space always exists and is not looked up.
 */
export function registerUnknownSpaceInterceptor(http: HttpServiceSetup, getKnownSpaces: () => Promise<KnownSpaces>): void {
  http.registerOnPostAuth(async (request, response, toolkit) => {
    const spaceId = request.spaceId;
    if (spaceId === DEFAULT_SPACE_ID || !isApiCall(request)) return toolkit.next();
    const known = await (await getKnownSpaces()).isKnown(spaceId);
    return known ? toolkit.next() : response.notFound({ body: unknownSpaceMessage(spaceId) });
  });
}
