import type { EncryptedSavedObjectsClient } from '@kbn/encrypted-saved-objects/server';
import type { InMemoryConnector } from '../connectors/in_memory_connector';
import { ACTION_SAVED_OBJECT_TYPE, type RawConnector } from '../saved_objects/raw_connector';

/** A connector with its secrets, as an execution needs it. */
export interface ExecutableConnector {
  id: string;
  actionTypeId: string;
  name: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  isMissingSecrets: boolean;
  isPreconfigured: boolean;
  isSystemAction: boolean;
}

/**
 * In-memory connectors (preconfigured, system) first, then the space's saved object, decrypted as
 * the internal user. A missing connector is core's 404 `Saved object [action/<id>] not found`.
 */
export async function loadExecutableConnector(
  deps: { inMemoryConnectors: InMemoryConnector[]; encryptedClient: EncryptedSavedObjectsClient },
  id: string,
  spaceId: string
): Promise<ExecutableConnector> {
  const inMemory = deps.inMemoryConnectors.find((connector) => connector.id === id);
  if (inMemory) {
    const { actionTypeId, name, config, secrets, isPreconfigured, isSystemAction } = inMemory;
    return { id, actionTypeId, name, config, secrets, isMissingSecrets: false, isPreconfigured, isSystemAction };
  }
  const { attributes } = await deps.encryptedClient.getDecryptedAsInternalUser<RawConnector>(ACTION_SAVED_OBJECT_TYPE, id, { namespace: spaceId });
  return {
    id,
    actionTypeId: attributes.actionTypeId,
    name: attributes.name,
    config: attributes.config ?? {},
    secrets: attributes.secrets ?? {},
    isMissingSecrets: attributes.isMissingSecrets === true,
    isPreconfigured: false,
    isSystemAction: false,
  };
}
