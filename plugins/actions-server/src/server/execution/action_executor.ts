import { randomUUID } from 'node:crypto';
import {
  ConnectorUsageCollector,
  getErrorSource,
  type ActionExecutionSource,
  type ActionsConfigurationUtilities,
  type ConnectorServices,
  type ConnectorTypeExecutorResult,
} from '@kbn/connector-sdk';
import type { KibanaRequest, Logger } from '@kbn/core-server';
import type { EncryptedSavedObjectsClient } from '@kbn/encrypted-saved-objects/server';
import type { IEventLogger } from '@kbn/event-log/server';
import type { ConnectorTypeRegistry } from '../connector_types/connector_type_registry';
import type { InMemoryConnector } from '../connectors/in_memory_connector';
import { validateConfig, validateParams, validateSecrets } from '../connectors/validate_connector';
import { loadExecutableConnector } from './connector_loader';
import { renderParams } from './render_params';
import { connectorNotLoadedEvent, executeEvent, executeStartEvent, type ExecutionEventContext } from './execution_events';

export interface ExecuteOptions {
  actionId: string;
  params: Record<string, unknown>;
  /** Values for the params' mustache templates (`{{context.x}}`); without them params run as they are. */
  variables?: Record<string, unknown>;
  spaceId: string;
  request?: KibanaRequest;
  source?: ActionExecutionSource;
  /** Aborted when the caller goes away (an HTTP client, a task's timeout). */
  signal?: AbortSignal;
  executionId?: string;
  relatedSavedObjects?: ExecutionEventContext['relatedSavedObjects'];
  consumer?: string;
  /**
   * Set for queued runs: validation failures may then be retried, the event says when the task was
   * due, and on the last attempt the event's error says `retry: false`.
   */
  taskInfo?: { scheduledAt: Date; attempts: number; isLastAttempt: boolean };
}

export interface ActionExecutorDeps {
  registry: ConnectorTypeRegistry;
  getInMemoryConnectors(): InMemoryConnector[];
  encryptedClient: EncryptedSavedObjectsClient;
  eventLogger: IEventLogger;
  logger: Logger;
  configurationUtilities: ActionsConfigurationUtilities;
  /** Clients for the connector, in the space of the execution. */
  getServices(spaceId: string, request?: KibanaRequest): ConnectorServices;
}

/** Kibana's message when a connector came in (an import) without the secrets it needs. */
export function missingSecretsMessage(name: string): string {
  return `Unable to execute action because no secrets are defined for the "${name}" connector.`;
}

/**
 * The one path every execution takes, immediate or queued: load and check the connector, validate,
 * run the type's executor (a throwing executor is an error result, never a crash), and write the
 * `execute-start` and `execute` events.
 */
export class ActionExecutor {
  constructor(private readonly deps: ActionExecutorDeps) {}

  public async execute(options: ExecuteOptions): Promise<ConnectorTypeExecutorResult> {
    const { registry, eventLogger, encryptedClient, configurationUtilities } = this.deps;
    const { actionId, spaceId } = options;
    const executionId = options.executionId ?? randomUUID();
    let connector;
    try {
      connector = await loadExecutableConnector({ inMemoryConnectors: this.deps.getInMemoryConnectors(), encryptedClient }, actionId, spaceId);
    } catch (error) {
      // Queued work outlived its connector: say so in the event log too, as Kibana does.
      if (options.taskInfo) eventLogger.logEvent(connectorNotLoadedEvent(actionId, spaceId, executionId, error));
      throw error;
    }
    if (!registry.isActionExecutable(connector.actionTypeId, connector)) registry.ensureActionTypeEnabled(connector.actionTypeId);
    const type = registry.get(connector.actionTypeId);

    const context: ExecutionEventContext = {
      connector,
      spaceId,
      executionId,
      source: options.source,
      taskScheduledAt: options.taskInfo?.scheduledAt,
      relatedSavedObjects: options.relatedSavedObjects,
      consumer: options.consumer,
    };
    const startEvent = executeStartEvent(context);
    eventLogger.startTiming(startEvent);
    eventLogger.logEvent(startEvent);
    const usage = new ConnectorUsageCollector({ logger: this.deps.logger, connectorId: actionId });

    const result = await this.run(options, connector, type, usage, configurationUtilities);

    const final = options.taskInfo?.isLastAttempt && result.status === 'error' && result.retry ? { ...result, retry: false } : result;
    const event = executeEvent(context, final, usage.getUsage());
    event.event = { ...event.event, start: startEvent.event?.start };
    eventLogger.stopTiming(event);
    eventLogger.logEvent(event);
    if (result.status === 'error') {
      this.deps.logger.warn(`action execution failure: ${connector.actionTypeId}:${actionId}: ${connector.name}: ${event.error?.message ?? ''}`);
    }
    return result;
  }

  private async run(
    options: ExecuteOptions,
    connector: Awaited<ReturnType<typeof loadExecutableConnector>>,
    type: ReturnType<ConnectorTypeRegistry['get']>,
    usage: ConnectorUsageCollector,
    configurationUtilities: ActionsConfigurationUtilities
  ): Promise<ConnectorTypeExecutorResult> {
    const { actionId } = options;
    if (connector.isMissingSecrets) {
      return { actionId, status: 'error', message: missingSecretsMessage(connector.name), retry: false, errorSource: 'user' };
    }
    const services = { configurationUtilities };
    let validated: { params: Record<string, unknown>; config: Record<string, unknown>; secrets: Record<string, unknown> };
    try {
      validated = {
        params: validateParams(type, renderParams(type, this.deps.logger, options.params, options.variables, actionId), services),
        config: validateConfig(type, connector.config, services),
        secrets: validateSecrets(type, connector.secrets, services),
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { actionId, status: 'error', message, retry: options.taskInfo !== undefined, errorSource: 'user' };
    }
    try {
      const result = await type.executor({
        actionId,
        ...validated,
        services: this.deps.getServices(options.spaceId, options.request),
        logger: this.deps.logger.get(connector.actionTypeId.replace(/^\./, '')),
        configurationUtilities,
        request: options.request,
        signal: options.signal,
        source: options.source,
        connectorUsageCollector: usage,
      });
      return result ?? { actionId, status: 'ok' };
    } catch (error) {
      const serviceMessage = error instanceof Error ? error.message : String(error);
      this.deps.logger.error(`connector type ${connector.actionTypeId} threw while running ${actionId}: ${serviceMessage}`);
      return {
        actionId,
        status: 'error',
        message: 'an error occurred while running the action',
        serviceMessage,
        retry: true,
        errorSource: getErrorSource(error) ?? 'framework',
      };
    }
  }
}
