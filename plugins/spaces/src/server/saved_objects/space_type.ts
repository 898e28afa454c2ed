import type { SavedObjectsType } from '@kbn/core-server';
import { SPACE_SAVED_OBJECT_TYPE } from '../constants';
import type { SpaceAttributes } from '../types';

/**
 * Spaces are global (agnostic: not inside any space) and hidden: only this plugin's internal
 * repository reads them, so no generic saved objects API can list or edit them.
 */
export const spaceSavedObjectType: SavedObjectsType<SpaceAttributes> = {
  name: SPACE_SAVED_OBJECT_TYPE,
  namespaceType: 'agnostic',
  hidden: true,
  mappings: {
    dynamic: false,
    properties: {
      name: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      description: { type: 'text' },
    },
  },
};
