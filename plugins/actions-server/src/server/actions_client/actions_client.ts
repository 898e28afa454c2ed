import { randomUUID } from 'node:crypto';
import { HttpError, type KibanaRequest, type Logger, type SavedObject, type SavedObjectsClientContract } from '@kbn/core-server';
import type { ActionExecutionSource, ConnectorType, ConnectorTypeExecutorResult, ValidatorServices } from '@kbn/connector-sdk';
import type { ConnectorTypeInfo, ConnectorTypeRegistry } from '../connector_types/connector_type_registry';
import type { Connector, ConnectorWithReferences } from '../connectors/connector';
import { connectorFromInMemory, connectorFromSavedObject, getAllConnectors } from '../connectors/get_all_connectors';
import type { InMemoryConnector } from '../connectors/in_memory_connector';
import { validateConfig, validateConnectorRules, validateSecrets } from '../connectors/validate_connector';
import type { ActionExecutor } from '../execution/action_executor';
import { ACTION_SAVED_OBJECT_TYPE, type RawConnector } from '../saved_objects/raw_connector';

export interface ActionsClientDeps {
  /** Scoped to the request's space, with the hidden `action` type, encrypting secrets on writes and hiding them on reads. */
  savedObjectsClient: SavedObjectsClientContract;
  registry: ConnectorTypeRegistry;
  inMemoryConnectors: InMemoryConnector[];
  validatorServices: ValidatorServices;
  executor: ActionExecutor;
  request: KibanaRequest;
  logger: Logger;
}

export interface ConnectorInput {
  name: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

/** Connectors of one space, as Kibana's actions client manages them; preconfigured and system connectors are read-only. */
export class ActionsClient {
  constructor(private readonly deps: ActionsClientDeps) {}

  public async create({ action, options }: { action: ConnectorInput & { actionTypeId: string }; options?: { id?: string } }): Promise<Connector> {
    const { registry, inMemoryConnectors, validatorServices, savedObjectsClient } = this.deps;
    if (options?.id !== undefined && inMemoryConnectors.some((connector) => connector.id === options.id)) {
      throw new HttpError(400, `This ${options.id} already exists in a preconfigured action.`);
    }
    const type = registry.get(action.actionTypeId);
    if (type.isSystemActionType) throw new HttpError(400, `System action creation is forbidden. Action type: ${action.actionTypeId}.`);
    const config = validateConfig(type, action.config, validatorServices);
    const secrets = validateSecrets(type, action.secrets, validatorServices);
    validateConnectorRules(type, config, secrets);
    registry.ensureActionTypeEnabled(action.actionTypeId);
    // The id is known before the save so the type's hooks can name the connector, as in Kibana.
    const id = options?.id ?? randomUUID();
    const attributes: RawConnector = { actionTypeId: action.actionTypeId, name: action.name, isMissingSecrets: false, config, secrets };
    return this.saveWithHooks(type, { connectorId: id, config, secrets, isUpdate: false }, () =>
      savedObjectsClient.create<RawConnector>(ACTION_SAVED_OBJECT_TYPE, attributes, { id })
    );
  }

  /** A connector of the space or an in-memory one; system actions are hidden unless asked for. */
  public async get({ id, throwIfSystemAction = true }: { id: string; throwIfSystemAction?: boolean }): Promise<Connector> {
    const inMemory = this.deps.inMemoryConnectors.find((connector) => connector.id === id);
    if (inMemory) {
      if (inMemory.isSystemAction && throwIfSystemAction) throw new HttpError(404, `Connector ${id} not found`);
      return connectorFromInMemory(inMemory);
    }
    return connectorFromSavedObject(await this.deps.savedObjectsClient.get<RawConnector>(ACTION_SAVED_OBJECT_TYPE, id));
  }

  /** Every connector of the space plus the in-memory ones, by name (case-insensitively), with reference counts. */
  public async getAll({ includeSystemActions = false }: { includeSystemActions?: boolean } = {}): Promise<ConnectorWithReferences[]> {
    const { savedObjectsClient, inMemoryConnectors } = this.deps;
    return getAllConnectors({ savedObjectsClient, inMemoryConnectors, includeSystemActions });
  }

  /** New name, config and secrets for a connector of the space; the type stays. */
  public async update({ id, action }: { id: string; action: ConnectorInput }): Promise<Connector> {
    this.ensureNotInMemory(id, 'can not be updated.');
    const { registry, validatorServices, savedObjectsClient } = this.deps;
    const existing = await savedObjectsClient.get<RawConnector>(ACTION_SAVED_OBJECT_TYPE, id);
    const { actionTypeId } = existing.attributes;
    const type = registry.get(actionTypeId);
    const config = validateConfig(type, action.config, validatorServices);
    const secrets = validateSecrets(type, action.secrets, validatorServices);
    validateConnectorRules(type, config, secrets);
    registry.ensureActionTypeEnabled(actionTypeId);
    const attributes: RawConnector = { actionTypeId, name: action.name, isMissingSecrets: false, config, secrets };
    // The version read above: a concurrent change in between is a 409, not a lost update.
    return this.saveWithHooks(type, { connectorId: id, config, secrets, isUpdate: true }, () =>
      savedObjectsClient.create<RawConnector>(ACTION_SAVED_OBJECT_TYPE, attributes, { id, overwrite: true, version: existing.version, references: existing.references })
    );
  }

  public async delete({ id }: { id: string }): Promise<void> {
    this.ensureNotInMemory(id, 'is not allowed to delete.');
    const { savedObjectsClient, registry, request, logger } = this.deps;
    const existing = await savedObjectsClient.get<RawConnector>(ACTION_SAVED_OBJECT_TYPE, id);
    await savedObjectsClient.delete(ACTION_SAVED_OBJECT_TYPE, id);
    const type = registry.has(existing.attributes.actionTypeId) ? registry.get(existing.attributes.actionTypeId) : undefined;
    await type?.postDeleteHook?.({ connectorId: id, config: existing.attributes.config, logger, request, services: { savedObjectsClient } });
  }

  /** Runs a connector now, in the request's space; a failed run is a result with `status: 'error'`, not an exception. */
  public async execute({ actionId, params, source }: { actionId: string; params: Record<string, unknown>; source?: ActionExecutionSource }): Promise<ConnectorTypeExecutorResult> {
    const { executor, request } = this.deps;
    return executor.execute({ actionId, params, source, request, spaceId: request.spaceId, signal: request.signal });
  }

  public isPreconfigured(id: string): boolean {
    return this.deps.inMemoryConnectors.some((connector) => connector.id === id && connector.isPreconfigured);
  }

  public isSystemAction(id: string): boolean {
    return this.deps.inMemoryConnectors.some((connector) => connector.id === id && connector.isSystemAction);
  }

  public listTypes({ featureId, includeSystemActionTypes = false }: { featureId?: string; includeSystemActionTypes?: boolean } = {}): ConnectorTypeInfo[] {
    return this.deps.registry.list(featureId).filter((type) => includeSystemActionTypes || !type.isSystemActionType);
  }

  /** Kibana's order: preSaveHook, the save, then postSaveHook told whether the save worked. */
  private async saveWithHooks(
    type: ConnectorType,
    hook: { connectorId: string; config: Record<string, unknown>; secrets: Record<string, unknown>; isUpdate: boolean },
    save: () => Promise<SavedObject<RawConnector>>
  ): Promise<Connector> {
    const { logger, request, savedObjectsClient } = this.deps;
    const params = { ...hook, logger, request, services: { savedObjectsClient } };
    await type.preSaveHook?.(params);
    let saved: SavedObject<RawConnector>;
    try {
      saved = await save();
    } catch (error) {
      await type.postSaveHook?.({ ...params, wasSuccessful: false });
      throw error;
    }
    await type.postSaveHook?.({ ...params, wasSuccessful: true });
    return connectorFromSavedObject(saved);
  }

  private ensureNotInMemory(id: string, what: string): void {
    const inMemory = this.deps.inMemoryConnectors.find((connector) => connector.id === id);
    if (!inMemory) return;
    throw new HttpError(400, `${inMemory.isSystemAction ? 'System action' : 'Preconfigured action'} ${id} ${what}`);
  }
}
