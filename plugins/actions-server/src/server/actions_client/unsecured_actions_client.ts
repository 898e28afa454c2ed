import { createNamespacedClient, type ISavedObjectsRepository, type Logger } from '@kbn/core-server';
import type { ActionExecutionSource, ConnectorTypeExecutorResult } from '@kbn/connector-sdk';
import type { ConnectorWithReferences } from '../connectors/connector';
import { getAllConnectors } from '../connectors/get_all_connectors';
import type { InMemoryConnector } from '../connectors/in_memory_connector';
import type { ActionExecutor } from '../execution/action_executor';
import type { EnqueueItem, EnqueueResult } from '../execution/enqueue';

/** Kibana's allowlist: features that may run connectors without a user's request. */
const ALLOWED_REQUESTER_IDS = ['notifications', 'background_task', 'functional_tester'];

export interface UnsecuredExecuteOptions {
  requesterId: string;
  id: string;
  params: Record<string, unknown>;
  spaceId: string;
  relatedSavedObjects?: EnqueueItem['relatedSavedObjects'];
}

export interface UnsecuredActionsClientDeps {
  executor: ActionExecutor;
  /** The internal repository, including the hidden `action` type. */
  repository: ISavedObjectsRepository;
  inMemoryConnectors: InMemoryConnector[];
  bulkEnqueue(items: EnqueueItem[]): Promise<EnqueueResult>;
  logger: Logger;
}

/** Connectors for server features that act without a user (system notifications, background tasks), as Kibana's. */
export class UnsecuredActionsClient {
  constructor(private readonly deps: UnsecuredActionsClientDeps) {}

  public async getAll(spaceId: string): Promise<ConnectorWithReferences[]> {
    const { repository, inMemoryConnectors } = this.deps;
    return getAllConnectors({ savedObjectsClient: createNamespacedClient(repository, spaceId), inMemoryConnectors, includeSystemActions: false });
  }

  public async execute({ requesterId, id, params, spaceId, relatedSavedObjects }: UnsecuredExecuteOptions): Promise<ConnectorTypeExecutorResult> {
    this.ensureAllowed(requesterId);
    if (!relatedSavedObjects) {
      this.deps.logger.warn('Calling "execute" in UnsecuredActionsClient without any relatedSavedObjects data. Consider including this for traceability.');
    }
    return this.deps.executor.execute({ actionId: id, params, spaceId, relatedSavedObjects, source: sourceOf(requesterId) });
  }

  public async bulkEnqueueExecution(requesterId: string, items: EnqueueItem[]): Promise<EnqueueResult> {
    this.ensureAllowed(requesterId);
    return this.deps.bulkEnqueue(items.map((item) => ({ ...item, source: sourceOf(requesterId)?.type ?? item.source })));
  }

  private ensureAllowed(requesterId: string): void {
    if (!ALLOWED_REQUESTER_IDS.includes(requesterId)) throw new Error(`"${requesterId}" feature is not allow-listed for UnsecuredActionsClient access.`);
  }
}

function sourceOf(requesterId: string): ActionExecutionSource | undefined {
  if (requesterId === 'notifications') return { type: 'NOTIFICATION', source: { requesterId } };
  if (requesterId === 'background_task') return { type: 'BACKGROUND_TASK', source: { requesterId } };
  return undefined;
}
