import type { KibanaRequest } from '@kbn/core-server';
import type { SOLUTION_VIEWS } from './constants';

export type SolutionView = (typeof SOLUTION_VIEWS)[number];

/**
 * A space as the API takes and returns it (Kibana's field names; `_reserved` only on reserved
 * spaces, and ignored when written). A type rather than an interface, so it is a JSON body as is.
 */
export type Space = {
  id: string;
  name: string;
  description?: string;
  color?: string;
  initials?: string;
  imageUrl?: string;
  disabledFeatures: string[];
  _reserved?: boolean;
  solution?: SolutionView;
};

/** The stored attributes of a `space` saved object. */
export type SpaceAttributes = Omit<Space, 'id'>;

/** Kibana's `purpose` query option of `GET /api/spaces/space`; without authorization it changes nothing. */
export type GetAllSpacesPurpose = 'any' | 'copySavedObjectsIntoSpace' | 'shareSavedObjectsIntoSpace';

export interface GetAllSpacesOptions {
  purpose?: GetAllSpacesPurpose;
  includeAuthorizedPurposes?: boolean;
}

/** Reads and writes spaces on behalf of one request (authorization will wrap it once security exists). */
export interface ISpacesClient {
  /** Every space, sorted by name, up to `xpack.spaces.maxSpaces`. */
  getAll(options?: GetAllSpacesOptions): Promise<Space[]>;
  /** One space; a 404 HttpError when it does not exist. */
  get(id: string): Promise<Space>;
  /** A 409 HttpError when the id is taken, 400 past `maxSpaces`. */
  create(space: Space): Promise<Space>;
  /** Updates the space `id` (the body's id is not used); 404 when it does not exist. */
  update(id: string, space: Space): Promise<Space>;
  /** Deletes every saved object in the space, then the space; 400 for a reserved space. */
  delete(id: string): Promise<void>;
}

/** Space ids and saved objects namespaces: the default space is the `undefined` namespace. */
export interface SpacesNamespaceConversion {
  spaceIdToNamespace(spaceId: string): string | undefined;
  namespaceToSpaceId(namespace: string | undefined): string;
}

export interface SpacesServiceSetup extends SpacesNamespaceConversion {
  /** The space of the request: from its `/s/<id>` prefix, else `default`. */
  getSpaceId(request: KibanaRequest): string;
}

export interface SpacesServiceStart extends SpacesServiceSetup {
  isInDefaultSpace(request: KibanaRequest): boolean;
  /** The request's space; a 404 HttpError when it does not exist. */
  getActiveSpace(request: KibanaRequest): Promise<Space>;
  createSpacesClient(request: KibanaRequest): ISpacesClient;
}

export interface SpacesPluginSetup {
  spacesService: SpacesServiceSetup;
}

export interface SpacesPluginStart {
  spacesService: SpacesServiceStart;
}
