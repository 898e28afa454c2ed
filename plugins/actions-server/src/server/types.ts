import type { KibanaRequest } from '@kbn/core-server';
import type { ConnectorType, ConnectorTypeExecutorResult, SubActionConnectorType } from '@kbn/connector-sdk';
import type { CloudServerSetup } from '@kbn/cloud/server';
import type { EncryptedSavedObjectsPluginSetup, EncryptedSavedObjectsPluginStart } from '@kbn/encrypted-saved-objects/server';
import type { EventLogServerSetup, EventLogServerStart } from '@kbn/event-log/server';
import type { LicensingServerSetup } from '@kbn/licensing/server';
import type { TaskManagerSetupContract, TaskManagerStartContract } from '@kbn/task-manager/server';
import type { ActionsClient } from './actions_client/actions_client';
import type { UnsecuredActionsClient } from './actions_client/unsecured_actions_client';
import type { ExecuteOptions } from './execution/action_executor';
import type { EnqueueItem, EnqueueResult } from './execution/enqueue';

export interface ActionsServerSetup {
  registerType<Config, Secrets, Params, Data>(type: ConnectorType<Config, Secrets, Params, Data>): void;
  registerSubActionConnectorType<Config, Secrets>(type: SubActionConnectorType<Config, Secrets>): void;
}

export interface ActionsServerStart {
  /** The connectors of the request's space. */
  getActionsClient(request: KibanaRequest): Promise<ActionsClient>;
  /** For server features that act without a user (allow-listed requesters only, as in Kibana). */
  getUnsecuredActionsClient(): UnsecuredActionsClient;
  /** Whether a connector id is one of kibana.yml's preconfigured connectors. */
  isPreconfigured(id: string): boolean;
  isActionTypeEnabled(id: string): boolean;
  /** Runs a connector now, without a request (as the server itself), in the given space. */
  execute(options: Omit<ExecuteOptions, 'taskInfo'>): Promise<ConnectorTypeExecutorResult>;
  /** Queues one execution; it runs as a task, retried as its type and the settings allow. */
  enqueueExecution(item: EnqueueItem): Promise<void>;
  bulkEnqueueExecution(items: EnqueueItem[]): Promise<EnqueueResult>;
}

export interface ActionsServerSetupDeps {
  encryptedSavedObjects: EncryptedSavedObjectsPluginSetup;
  taskManager: TaskManagerSetupContract;
  eventLog: EventLogServerSetup;
  licensing: LicensingServerSetup;
  cloud?: CloudServerSetup;
}

export interface ActionsServerStartDeps {
  encryptedSavedObjects: EncryptedSavedObjectsPluginStart;
  taskManager: TaskManagerStartContract;
  eventLog: EventLogServerStart;
}
