import { randomUUID } from 'node:crypto';
import { HttpError, type ISavedObjectsRepository, type Logger } from '@kbn/core-server';
import type { TaskManagerStartContract } from '@kbn/task-manager/server';
import type { ConnectorTypeRegistry } from '../connector_types/connector_type_registry';
import type { InMemoryConnector } from '../connectors/in_memory_connector';
import { ACTION_SAVED_OBJECT_TYPE, type RawConnector } from '../saved_objects/raw_connector';
import { ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE, type RawActionTaskParams } from '../saved_objects/action_task_params_type';
import { missingSecretsMessage } from './action_executor';
import { renderParams } from './render_params';

export interface EnqueueItem {
  /** The connector. */
  id: string;
  params: Record<string, unknown>;
  /** Values for the params' mustache templates, rendered before the params are stored. */
  variables?: Record<string, unknown>;
  spaceId: string;
  executionId?: string;
  consumer?: string;
  source?: string;
  relatedSavedObjects?: RawActionTaskParams['relatedSavedObjects'];
}

export interface EnqueueResult {
  errors: boolean;
  items: Array<{ id: string; actionTypeId: string; response: 'success' | 'queuedActionsLimitError' }>;
}

export interface EnqueueDeps {
  registry: ConnectorTypeRegistry;
  logger: Logger;
  getInMemoryConnectors(): InMemoryConnector[];
  /** The internal repository with encryption (params are encrypted on write). */
  repository: ISavedObjectsRepository;
  taskManager: TaskManagerStartContract;
  /** `xpack.actions.queued.max`. */
  maxQueued: number;
}

/**
 * Queues executions as Kibana does: each connector must exist, have its secrets and an enabled
 * type; items past `queued.max` are answered `queuedActionsLimitError`; the rest become one
 * `action_task_params` object (params encrypted) and one task each, written in bulk per space.
 */
export async function bulkEnqueueExecution(deps: EnqueueDeps, items: EnqueueItem[]): Promise<EnqueueResult> {
  const { repository, taskManager } = deps;
  // One read per connector and space, however many of the items use it (a rule's alerts share one).
  const lookups = new Map<string, Promise<string>>();
  const typeIds = await Promise.all(
    items.map((item) => {
      const key = `${item.spaceId}\n${item.id}`;
      const lookup = lookups.get(key) ?? connectorTypeId(deps, item);
      lookups.set(key, lookup);
      return lookup;
    })
  );
  const queued = (await repository.find({ type: ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE, namespaces: ['*'], perPage: 0 })).total;
  const room = Math.max(0, deps.maxQueued - queued);
  const accepted = items.slice(0, room);

  const bySpace = new Map<string, Array<{ item: EnqueueItem; typeId: string }>>();
  accepted.forEach((item, index) => bySpace.set(item.spaceId, [...(bySpace.get(item.spaceId) ?? []), { item, typeId: typeIds[index] }]));
  for (const [spaceId, entries] of bySpace) {
    const created = await repository.bulkCreate<RawActionTaskParams>(
      entries.map(({ item, typeId }) => ({
        type: ACTION_TASK_PARAMS_SAVED_OBJECT_TYPE,
        attributes: {
          actionId: item.id,
          params: renderParams(deps.registry.get(typeId), deps.logger, item.params, item.variables, item.id),
          executionId: item.executionId ?? randomUUID(),
          ...(item.consumer ? { consumer: item.consumer } : {}),
          ...(item.source ? { source: item.source } : {}),
          ...(item.relatedSavedObjects ? { relatedSavedObjects: item.relatedSavedObjects } : {}),
        },
      })),
      { namespace: spaceId }
    );
    const failed = created.saved_objects.find((object) => object.error);
    if (failed?.error) throw new HttpError(failed.error.statusCode, failed.error.message);
    await taskManager.bulkSchedule(
      created.saved_objects.map((object, index) => ({
        taskType: `actions:${entries[index].typeId}`,
        params: { spaceId, actionTaskParamsId: object.id },
        state: {},
        scope: ['actions'],
      }))
    );
  }
  return {
    errors: accepted.length < items.length,
    items: items.map((item, index) => ({ id: item.id, actionTypeId: typeIds[index], response: index < room ? 'success' : 'queuedActionsLimitError' })),
  };
}

async function connectorTypeId(deps: EnqueueDeps, item: EnqueueItem): Promise<string> {
  const inMemory = deps.getInMemoryConnectors().find((connector) => connector.id === item.id);
  const connector = inMemory ?? (await deps.repository.get<RawConnector>(ACTION_SAVED_OBJECT_TYPE, item.id, { namespace: item.spaceId })).attributes;
  if (!inMemory && (connector as RawConnector).isMissingSecrets) throw new HttpError(400, missingSecretsMessage(connector.name));
  if (!deps.registry.isActionExecutable(connector.actionTypeId, inMemory)) deps.registry.ensureActionTypeEnabled(connector.actionTypeId);
  return connector.actionTypeId;
}
