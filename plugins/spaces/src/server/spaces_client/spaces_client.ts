import { HttpError, type ISavedObjectsRepository, type Logger, type SavedObject, SavedObjectsErrorHelpers } from '@kbn/core-server';
import { SPACE_SAVED_OBJECT_TYPE } from '../constants';
import type { KnownSpaces } from '../known_spaces/known_spaces';
import type { GetAllSpacesOptions, ISpacesClient, Space, SpaceAttributes } from '../types';

export interface SpacesClientDeps {
  /** An internal repository that includes the hidden `space` type. */
  repository: ISavedObjectsRepository;
  maxSpaces: number;
  knownSpaces: KnownSpaces;
  log: Logger;
}

export const MAX_SPACES_MESSAGE = 'Unable to create Space, this exceeds the maximum number of spaces set by the xpack.spaces.maxSpaces setting';

/** Spaces as saved objects of the `space` type, with Kibana's rules and messages. */
export class SpacesClient implements ISpacesClient {
  constructor(private readonly deps: SpacesClientDeps) {}

  public async getAll(_options: GetAllSpacesOptions = {}): Promise<Space[]> {
    // `purpose` and `includeAuthorizedPurposes` only matter once authorization exists.
    const { saved_objects: found } = await this.deps.repository.find<SpaceAttributes>({
      type: SPACE_SAVED_OBJECT_TYPE,
      page: 1,
      perPage: this.deps.maxSpaces,
      sortField: 'name',
    });
    return found.map(toSpace);
  }

  public async get(id: string): Promise<Space> {
    return toSpace(await this.deps.repository.get<SpaceAttributes>(SPACE_SAVED_OBJECT_TYPE, id));
  }

  /** Whether the space is stored (for the known-spaces cache; not part of the public client). */
  public async exists(id: string): Promise<boolean> {
    try {
      await this.deps.repository.get(SPACE_SAVED_OBJECT_TYPE, id);
      return true;
    } catch (error) {
      if (SavedObjectsErrorHelpers.isNotFoundError(error)) return false;
      throw error;
    }
  }

  public async create(space: Space): Promise<Space> {
    // Not atomic, as in Kibana: two creates racing at the limit may both pass.
    const { total } = await this.deps.repository.find({ type: SPACE_SAVED_OBJECT_TYPE, page: 1, perPage: 0 });
    if (total >= this.deps.maxSpaces) throw new HttpError(400, MAX_SPACES_MESSAGE);
    const created = await this.deps.repository.create<SpaceAttributes>(
      SPACE_SAVED_OBJECT_TYPE,
      toAttributes({ ...space, name: space.name.trim() }),
      { id: space.id }
    );
    this.deps.knownSpaces.markKnown(created.id);
    this.deps.log.debug(`Created space [${created.id}]`);
    return toSpace(created);
  }

  public async update(id: string, space: Space): Promise<Space> {
    const existing = await this.deps.repository.get<SpaceAttributes>(SPACE_SAVED_OBJECT_TYPE, id);
    // A name stored with surrounding spaces (older data) stays as it is unless it is changed.
    const name = space.name === existing.attributes.name ? space.name : space.name.trim();
    // Last write wins, as in Kibana (no version check between the read above and this write).
    const updated = await this.deps.repository.update<SpaceAttributes>(SPACE_SAVED_OBJECT_TYPE, id, toAttributes({ ...space, name }));
    return toSpace(updated);
  }

  public async delete(id: string): Promise<void> {
    const existing = await this.get(id);
    if (existing._reserved) throw new HttpError(400, `The ${id} space cannot be deleted because it is reserved.`);
    const { repository, knownSpaces, log } = this.deps;
    const { deleted } = await repository.deleteByNamespace(id);
    await repository.delete(SPACE_SAVED_OBJECT_TYPE, id);
    knownSpaces.markUnknown(id);
    // Objects written into the space while it was being deleted would be left behind unreachable.
    const { deleted: late } = await repository.deleteByNamespace(id);
    log.debug(`Deleted space [${id}] and ${deleted + late} saved object(s) in it`);
  }
}

/**
 * The attributes a caller may write. Fields left out are not written at all, so an update keeps
 * what is stored for them (Elasticsearch's partial update in Kibana); `_reserved` is never written.
 */
function toAttributes(space: Space): Partial<SpaceAttributes> & Pick<SpaceAttributes, 'name' | 'disabledFeatures'> {
  const attributes: Partial<SpaceAttributes> & Pick<SpaceAttributes, 'name' | 'disabledFeatures'> = {
    name: space.name,
    disabledFeatures: space.disabledFeatures,
  };
  if (space.description !== undefined) attributes.description = space.description;
  if (space.color !== undefined) attributes.color = space.color;
  if (space.initials !== undefined) attributes.initials = space.initials;
  if (space.imageUrl !== undefined) attributes.imageUrl = space.imageUrl;
  if (space.solution) attributes.solution = space.solution;
  return attributes;
}

/** Kibana's field order; absent fields stay absent (so `_reserved` shows only on reserved spaces). */
export function toSpace(savedObject: Pick<SavedObject<Partial<SpaceAttributes>>, 'id' | 'attributes'>): Space {
  const { attributes } = savedObject;
  const space: Space = {
    id: savedObject.id,
    name: attributes.name ?? '',
    description: attributes.description,
    color: attributes.color,
    initials: attributes.initials,
    imageUrl: attributes.imageUrl,
    disabledFeatures: attributes.disabledFeatures ?? [],
    _reserved: attributes._reserved,
    solution: attributes.solution,
  };
  for (const key of Object.keys(space) as Array<keyof Space>) {
    if (space[key] === undefined) delete space[key];
  }
  return space;
}
