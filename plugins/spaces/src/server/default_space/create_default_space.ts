import { type ISavedObjectsRepository, type Logger, SavedObjectsErrorHelpers } from '@kbn/core-server';
import { DEFAULT_SPACE_ID, SPACE_SAVED_OBJECT_TYPE } from '../constants';
import type { SolutionView, SpaceAttributes } from '../types';

export interface CreateDefaultSpaceDeps {
  /** An internal repository that includes the hidden `space` type. */
  repository: ISavedObjectsRepository;
  log: Logger;
  /** `xpack.spaces.defaultSolution`, given to the space only when it is created. */
  solution?: SolutionView;
}

/** Kibana's default space, as it is first created. */
export function defaultSpaceAttributes(solution?: SolutionView): SpaceAttributes {
  return {
    name: 'Default',
    description: 'This is your default space!',
    color: '#00bfb3',
    disabledFeatures: [],
    _reserved: true,
    ...(solution ? { solution } : {}),
  };
}

/**
 * Creates the default space when it is missing. Several servers may start on one store at once:
 * the loser of the race gets a conflict, which means the space now exists, so it is not an error.
 */
export async function createDefaultSpace({ repository, log, solution }: CreateDefaultSpaceDeps): Promise<void> {
  try {
    await repository.get(SPACE_SAVED_OBJECT_TYPE, DEFAULT_SPACE_ID);
    log.debug('Default space already exists');
    return;
  } catch (error) {
    if (!SavedObjectsErrorHelpers.isNotFoundError(error)) throw error;
  }
  try {
    await repository.create<SpaceAttributes>(SPACE_SAVED_OBJECT_TYPE, defaultSpaceAttributes(solution), { id: DEFAULT_SPACE_ID });
    log.debug('Default space created');
  } catch (error) {
    if (!SavedObjectsErrorHelpers.isConflictError(error)) throw error;
    log.debug('Default space was created by another server meanwhile');
  }
}
