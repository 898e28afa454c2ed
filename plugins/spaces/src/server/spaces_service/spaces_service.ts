import type { KibanaRequest } from '@kbn/core-server';
import { DEFAULT_SPACE_ID } from '../constants';
import type { ISpacesClient, SpacesServiceSetup, SpacesServiceStart } from '../types';
import { namespaceToSpaceId, spaceIdToNamespace } from './namespace';

// The HTTP layer has already read the `/s/<id>` prefix; the default space has none.
const getSpaceId = (request: KibanaRequest): string => request.spaceId || DEFAULT_SPACE_ID;

export function createSpacesServiceSetup(): SpacesServiceSetup {
  return { getSpaceId, spaceIdToNamespace, namespaceToSpaceId };
}

export function createSpacesServiceStart(createSpacesClient: (request: KibanaRequest) => ISpacesClient): SpacesServiceStart {
  return {
    ...createSpacesServiceSetup(),
    isInDefaultSpace: (request) => getSpaceId(request) === DEFAULT_SPACE_ID,
    getActiveSpace: (request) => createSpacesClient(request).get(getSpaceId(request)),
    createSpacesClient,
  };
}
