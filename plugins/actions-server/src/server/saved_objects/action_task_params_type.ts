import type { SavedObjectsType } from '@kbn/core-server';

export const ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE = 'action_task_params';

/** What a queued execution keeps until it has run: its params are encrypted, the rest binds them. */
export interface RawActionTaskParams {
  actionId: string;
  params: Record<string, unknown>;
  executionId: string;
  consumer?: string;
  source?: string;
  relatedSavedObjects?: Array<{ id: string; type: string; typeId?: string; namespace?: string }>;
}

export const actionTaskParamsSavedObjectType: SavedObjectsType<RawActionTaskParams> = {
  name: ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
  hidden: true,
  namespaceType: 'multiple-isolated',
  mappings: { dynamic: false, properties: {} },
};

/**
 * Unlike Kibana (which encrypts only the API key of a queued run), the params themselves are
 * encrypted: they may carry message bodies and other data as sensitive as the secrets.
 */
export const actionTaskParamsEncryptionDefinition = {
  type: ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
  attributesToEncrypt: new Set(['params']),
  attributesToIncludeInAAD: new Set(['actionId', 'consumer', 'executionId', 'relatedSavedObjects', 'source']),
};
