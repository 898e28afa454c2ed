import type { Type } from '@kbn/config-schema';
import type { KibanaRequest, Logger, SavedObjectsClientContract } from '@kbn/core-server';
import type { ActionsConfigurationUtilities } from '../outbound/configuration_utilities';
import type { ConnectorUsageCollector } from './connector_usage_collector';
import type { ConnectorTypeExecutorResult } from './executor_result';

/** Kibana's license levels, lowest first. */
export type LicenseType = 'basic' | 'standard' | 'gold' | 'platinum' | 'enterprise';

/** What a custom validator may use besides the value. */
export interface ValidatorServices {
  configurationUtilities: ActionsConfigurationUtilities;
}

/**
 * How one part of a connector (config, secrets, params) is checked: the schema first, then the
 * custom validator, which throws with a message for rules a schema cannot say (an allowed host).
 */
export interface ValidatorType<T> {
  schema: Type<T>;
  customValidator?: (value: T, validatorServices: ValidatorServices) => void;
}

/**
 * Clients handed to an executor, scoped to the request or space of the execution. Plugins that
 * offer more (an Elasticsearch client) add them through declaration merging.
 */
export interface ConnectorServices {
  savedObjectsClient: SavedObjectsClientContract;
}

/** Clients handed to the save and delete hooks. */
export type HookServices = ConnectorServices;

/** Where an execution came from (Kibana's `ActionExecutionSourceType`). */
export type ActionExecutionSourceType = 'HTTP_REQUEST' | 'SAVED_OBJECT' | 'NOTIFICATION' | 'BACKGROUND_TASK';

export interface ActionExecutionSource<T = unknown> {
  type: ActionExecutionSourceType;
  source: T;
}

export interface ConnectorTypeExecutorOptions<Config, Secrets, Params> {
  actionId: string;
  config: Config;
  secrets: Secrets;
  params: Params;
  services: ConnectorServices;
  logger: Logger;
  configurationUtilities: ActionsConfigurationUtilities;
  request?: KibanaRequest;
  /** Aborted when the caller goes away; pass it to `request()` so the upstream call is cancelled. */
  signal?: AbortSignal;
  source?: ActionExecutionSource;
  connectorUsageCollector?: ConnectorUsageCollector;
}

export type ConnectorTypeExecutor<Config, Secrets, Params, ExecutorResultData> = (
  options: ConnectorTypeExecutorOptions<Config, Secrets, Params>
) => Promise<ConnectorTypeExecutorResult<ExecutorResultData>>;

/** Renders the mustache templates of params with an alert's variables, before execution. */
export type RenderParameterTemplates<Params> = (
  logger: Logger,
  params: Params,
  variables: Record<string, unknown>,
  actionId?: string
) => Params;

export interface PreSaveConnectorHookParams<Config, Secrets> {
  connectorId: string;
  config: Config;
  secrets: Secrets;
  logger: Logger;
  request: KibanaRequest;
  services: HookServices;
  isUpdate: boolean;
}

export interface PostSaveConnectorHookParams<Config, Secrets> extends PreSaveConnectorHookParams<Config, Secrets> {
  wasSuccessful: boolean;
}

export interface PostDeleteConnectorHookParams<Config> {
  connectorId: string;
  config: Config;
  logger: Logger;
  request: KibanaRequest;
  services: HookServices;
}

/**
 * A connector type: stored connection settings (config, secrets), what a run takes (params) and
 * the function that runs it. Registered with the actions plugin's `registerType`.
 */
export interface ConnectorType<
  Config = Record<string, unknown>,
  Secrets = Record<string, unknown>,
  Params = Record<string, unknown>,
  ExecutorResultData = unknown,
> {
  /** By convention Kibana's built-in ids start with a dot (`.slack`). */
  id: string;
  name: string;
  minimumLicenseRequired: LicenseType;
  supportedFeatureIds: string[];
  /** Attempts before a queued run gives up; the `xpack.actions.run` settings override it. */
  maxAttempts?: number;
  validate: {
    config: ValidatorType<Config>;
    secrets: ValidatorType<Secrets>;
    params: ValidatorType<Params>;
    /** Rules across config and secrets; returns a message when they do not hold together. */
    connector?: (config: Config, secrets: Secrets) => string | null;
  };
  executor: ConnectorTypeExecutor<Config, Secrets, Params, ExecutorResultData>;
  renderParameterTemplates?: RenderParameterTemplates<Params>;
  /** System action types exist once per type, in memory, and run only from rules. */
  isSystemActionType?: boolean;
  /** Extra privileges a run needs (system action types only, as in Kibana). */
  getKibanaPrivileges?: (args?: { params?: Params; source?: ActionExecutionSourceType }) => string[];
  preSaveHook?: (params: PreSaveConnectorHookParams<Config, Secrets>) => Promise<void>;
  postSaveHook?: (params: PostSaveConnectorHookParams<Config, Secrets>) => Promise<void>;
  postDeleteHook?: (params: PostDeleteConnectorHookParams<Config>) => Promise<void>;
}
