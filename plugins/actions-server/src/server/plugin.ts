import type { CoreSetup, CoreStart, KibanaRequest, Logger, Plugin, PluginInitializerContext } from '@kbn/core-server';
import { createNamespacedClient } from '@kbn/core-server';
import { buildUserAgent, createConfigurationUtilities, createSubActionConnectorType, type ValidatorServices } from '@kbn/connector-sdk';
import type { EncryptedSavedObjectsClient } from '@kbn/encrypted-saved-objects/server';
import type { IEventLogger } from '@kbn/event-log/server';
import { ActionsClient } from './actions_client/actions_client';
import { UnsecuredActionsClient } from './actions_client/unsecured_actions_client';
import { resolveMaxAttempts, type ActionsConfig } from './config';
import { ConnectorTypeRegistry } from './connector_types/connector_type_registry';
import { LicenseState } from './connector_types/license_state';
import type { InMemoryConnector } from './connectors/in_memory_connector';
import { secretsRequired } from './connectors/validate_connector';
import { ActionExecutor } from './execution/action_executor';
import { bulkEnqueueExecution } from './execution/enqueue';
import { EVENT_LOG_ACTIONS, EVENT_LOG_PROVIDER } from './execution/execution_events';
import { createActionTaskRunner } from './execution/task_runner';
import { resolveInMemoryConnectors } from './in_memory_connectors';
import { getAlertHistoryEsIndexConnector } from './preconfigured/alert_history_es_index';
import { createPreconfiguredConnectors } from './preconfigured/preconfigured_connectors';
import { registerConnectorRoutes } from './routes';
import { executionLogsRoutes } from './routes/execution_logs_routes';
import { actionEncryptionDefinition, actionSavedObjectType } from './saved_objects/action_saved_object_type';
import { actionTaskParamsEncryptionDefinition, actionTaskParamsSavedObjectType } from './saved_objects/action_task_params_type';
import { ACTION_SAVED_OBJECT_TYPE } from './saved_objects/raw_connector';
import type { ActionsServerSetup, ActionsServerSetupDeps, ActionsServerStart, ActionsServerStartDeps } from './types';

const HIDDEN_TYPES = [ACTION_SAVED_OBJECT_TYPE, 'action_task_params'];

interface SetupState {
  registry: ConnectorTypeRegistry;
  validatorServices: ValidatorServices;
  eventLogger: IEventLogger;
}

/** What `start` builds and the routes and task runners registered in `setup` use. */
interface ActionsRuntime {
  inMemoryConnectors: InMemoryConnector[];
  executor: ActionExecutor;
  encryptedClient: EncryptedSavedObjectsClient;
  createActionsClient(request: KibanaRequest): ActionsClient;
  eventLog: ActionsServerStartDeps['eventLog'];
}

export class ActionsPlugin implements Plugin<ActionsServerSetup, ActionsServerStart, ActionsServerSetupDeps, ActionsServerStartDeps> {
  private readonly logger: Logger;
  private readonly config: ActionsConfig;
  private readonly runtime: Promise<ActionsRuntime>;
  private resolveRuntime: (runtime: ActionsRuntime) => void = () => undefined;
  /** Made in setup, where types register; read in start. */
  private setupState?: SetupState;

  constructor(context: PluginInitializerContext) {
    this.logger = context.logger.get();
    this.config = context.config.get<ActionsConfig>();
    this.runtime = new Promise((resolve) => (this.resolveRuntime = resolve));
  }

  public setup(core: CoreSetup<ActionsServerStartDeps, ActionsServerStart>, plugins: ActionsServerSetupDeps): ActionsServerSetup {
    const { config, logger } = this;
    const userAgent = buildUserAgent({ projectId: plugins.cloud?.serverless.projectId, deploymentId: plugins.cloud?.deploymentId });
    const validatorServices: ValidatorServices = { configurationUtilities: createConfigurationUtilities(config, { logger: logger.get('outbound'), userAgent }) };
    const maxAttempts = (typeId: string, typeMaxAttempts?: number) => resolveMaxAttempts(config, typeId, typeMaxAttempts);
    const taskMaxAttempts = new Map<string, number>();
    const registry = new ConnectorTypeRegistry({
      enabledActionTypes: config.enabledActionTypes,
      licenseState: new LicenseState(plugins.licensing.license),
      maxAttempts,
      registerTask: ({ type, title, maxAttempts: attempts }) => {
        taskMaxAttempts.set(type, attempts);
        plugins.taskManager.registerTaskDefinitions({
          [type]: {
            title,
            maxAttempts: attempts,
            createTaskRunner: (context) => ({
              run: async () => {
                const runtime = await this.runtime;
                const taskDeps = { ...runtime, repository: runtime.encryptedClient.asInternalUser, logger, maxAttempts: (taskType: string) => taskMaxAttempts.get(taskType) ?? attempts };
                return createActionTaskRunner(taskDeps, context).run();
              },
            }),
          },
        });
      },
    });

    core.savedObjects.registerType(
      actionSavedObjectType({
        secretsRequired: (typeId) => registry.has(typeId) && secretsRequired(registry.get(typeId), validatorServices),
        // Imports run once the server has started, when the in-memory connectors are known.
        isPreconfigured: async (id) => (await this.runtime).inMemoryConnectors.some((connector) => connector.id === id && connector.isPreconfigured),
      })
    );
    core.savedObjects.registerType(actionTaskParamsSavedObjectType);
    plugins.encryptedSavedObjects.registerType(actionEncryptionDefinition);
    plugins.encryptedSavedObjects.registerType(actionTaskParamsEncryptionDefinition);
    plugins.eventLog.registerProviderActions(EVENT_LOG_PROVIDER, Object.values(EVENT_LOG_ACTIONS));
    const eventLogger = plugins.eventLog.getLogger({ event: { provider: EVENT_LOG_PROVIDER } });

    const router = core.http.createRouter();
    registerConnectorRoutes({ router, getActionsClient: async (request) => (await this.runtime).createActionsClient(request) });
    executionLogsRoutes({ router, getEventLogClient: async (request) => (await this.runtime).eventLog.getClient(request) });
    this.setupState = { registry, validatorServices, eventLogger };

    return {
      registerType: (type) => registry.register(type),
      registerSubActionConnectorType: (type) => registry.register(createSubActionConnectorType(type)),
    };
  }

  public start(core: CoreStart, plugins: ActionsServerStartDeps): ActionsServerStart {
    if (!this.setupState) throw new Error('The actions plugin is started before it was set up');
    const { registry, validatorServices, eventLogger } = this.setupState;
    const preconfigured = createPreconfiguredConnectors(this.config.preconfigured);
    if (this.config.preconfiguredAlertHistoryEsIndex) preconfigured.push(getAlertHistoryEsIndexConnector());
    const inMemoryConnectors = resolveInMemoryConnectors(preconfigured, registry, validatorServices);
    const encryptedClient = plugins.encryptedSavedObjects.getClient({ includedHiddenTypes: HIDDEN_TYPES });
    const internalRepository = core.savedObjects.createInternalRepository();
    const executor = new ActionExecutor({
      registry,
      getInMemoryConnectors: () => inMemoryConnectors,
      encryptedClient,
      eventLogger,
      logger: this.logger,
      configurationUtilities: validatorServices.configurationUtilities,
      getServices: (spaceId, request) => ({
        savedObjectsClient: request ? core.savedObjects.getScopedClient(request) : createNamespacedClient(internalRepository, spaceId),
      }),
    });
    const createActionsClient = (request: KibanaRequest) =>
      new ActionsClient({
        savedObjectsClient: core.savedObjects.getScopedClient(request, { includedHiddenTypes: [ACTION_SAVED_OBJECT_TYPE] }),
        registry,
        inMemoryConnectors,
        validatorServices,
        executor,
        request,
        logger: this.logger,
      });
    this.resolveRuntime({ inMemoryConnectors, executor, encryptedClient, createActionsClient, eventLog: plugins.eventLog });

    const enqueueDeps = {
      registry,
      logger: this.logger,
      getInMemoryConnectors: () => inMemoryConnectors,
      repository: encryptedClient.asInternalUser,
      taskManager: plugins.taskManager,
      maxQueued: this.config.queued.max,
    };
    const unsecuredActionsClient = new UnsecuredActionsClient({
      executor,
      repository: core.savedObjects.createInternalRepository([ACTION_SAVED_OBJECT_TYPE]),
      inMemoryConnectors,
      bulkEnqueue: (items) => bulkEnqueueExecution(enqueueDeps, items),
      logger: this.logger,
    });
    return {
      getActionsClient: async (request) => createActionsClient(request),
      getUnsecuredActionsClient: () => unsecuredActionsClient,
      isPreconfigured: (id) => inMemoryConnectors.some((connector) => connector.id === id && connector.isPreconfigured),
      isActionTypeEnabled: (id) => registry.isActionTypeEnabled(id),
      execute: (options) => executor.execute(options),
      enqueueExecution: async (item) => {
        const result = await bulkEnqueueExecution(enqueueDeps, [item]);
        if (result.errors) throw new Error(`Unable to execute action because the maximum number of queued actions has been reached.`);
      },
      bulkEnqueueExecution: (items) => bulkEnqueueExecution(enqueueDeps, items),
    };
  }
}
