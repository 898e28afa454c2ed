import { DEFAULT_SPACE_ID } from '../constants';

/** The saved objects namespace of a space: `undefined` for the default space, as in Kibana. */
export function spaceIdToNamespace(spaceId: string): string | undefined {
  if (!spaceId) throw new TypeError('spaceId is required');
  return spaceId === DEFAULT_SPACE_ID ? undefined : spaceId;
}

/** The space of a saved objects namespace: `undefined` is the default space. */
export function namespaceToSpaceId(namespace: string | undefined): string {
  if (namespace === '') throw new TypeError('namespace cannot be an empty string');
  return namespace ?? DEFAULT_SPACE_ID;
}
