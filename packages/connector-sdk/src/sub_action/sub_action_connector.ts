import axios, {
  type AxiosError,
  type AxiosRequestConfig,
  type AxiosResponse,
  isAxiosError,
  type Method,
  type RawAxiosRequestHeaders,
} from 'axios';
import type { Readable } from 'node:stream';
import type { Type } from '@kbn/config-schema';
import type { KibanaRequest, Logger } from '@kbn/core-server';
import type { ConnectorServices } from '../connector_type/connector_type';
import type { ConnectorUsageCollector } from '../connector_type/connector_usage_collector';
import { createTaskRunError } from '../errors/error_source';
import type { ActionsConfigurationUtilities } from '../outbound/configuration_utilities';
import { request } from '../outbound/request';
import type { SSLSettings } from '../outbound/ssl_settings';
import { assertURL } from './url_validators';

/** What `getService` hands a sub-action connector for one execution. */
export interface ServiceParams<Config, Secrets> {
  /** `id` is the connector's id, `type` its type id (`.gen-ai`). */
  connector: { id: string; type: string };
  config: Config;
  secrets: Secrets;
  logger: Logger;
  configurationUtilities: ActionsConfigurationUtilities;
  services: ConnectorServices;
  request?: KibanaRequest;
  /** The execution's signal; every `request()` of the service is cancelled with it. */
  signal?: AbortSignal;
}

/** A sub-action: its name in params, the method it runs, and the schema of its params. */
export interface SubAction {
  name: string;
  method: string;
  schema: Type<unknown> | null;
}

export interface SubActionRequestParams<R> {
  url: string;
  /** The response body must match it, or the call fails with `Response validation failed (...)`. */
  responseSchema: Type<R>;
  method?: Method;
  data?: unknown;
  headers?: RawAxiosRequestHeaders;
  params?: AxiosRequestConfig['params'];
  auth?: AxiosRequestConfig['auth'];
  responseType?: AxiosRequestConfig['responseType'];
  /** Milliseconds; `xpack.actions.responseTimeout` applies when it is longer. */
  timeout?: number;
  /** Defaults to the execution's signal. */
  signal?: AbortSignal;
  sslOverrides?: SSLSettings;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isEmpty = (value: unknown): boolean =>
  value == null || (typeof value === 'object' && Object.keys(value).length === 0) || (typeof value === 'string' && value === '');

/**
 * The base of a connector made of sub-actions (Kibana's sub-action framework): subclasses register
 * their sub-actions in the constructor and call services with `request()`, which goes through the
 * outbound layer and validates what comes back.
 */
export abstract class SubActionConnector<Config, Secrets> {
  private readonly subActions = new Map<string, SubAction>();
  // Our own instance: interceptors a connector adds stay with this connector.
  private readonly axiosInstance = axios.create();
  protected readonly connector: ServiceParams<Config, Secrets>['connector'];
  protected readonly config: Config;
  protected readonly secrets: Secrets;
  protected readonly logger: Logger;
  protected readonly configurationUtilities: ActionsConfigurationUtilities;
  protected readonly services: ConnectorServices;
  protected readonly kibanaRequest?: KibanaRequest;
  protected readonly signal?: AbortSignal;

  constructor(params: ServiceParams<Config, Secrets>) {
    this.connector = params.connector;
    this.config = params.config;
    this.secrets = params.secrets;
    this.logger = params.logger;
    this.configurationUtilities = params.configurationUtilities;
    this.services = params.services;
    this.kibanaRequest = params.request;
    this.signal = params.signal;
  }

  public getSubActions(): ReadonlyMap<string, SubAction> {
    return this.subActions;
  }

  protected registerSubAction(subAction: SubAction): void {
    this.subActions.set(subAction.name, subAction);
  }

  /** What the service said about a failed call, for `Status code: <n>. Message: <this>`. */
  protected abstract getResponseErrorMessage(error: AxiosError): string;

  protected removeNullOrUndefinedFields(data: unknown): unknown {
    if (!isPlainObject(data)) return data;
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value != null));
  }

  protected async request<R>(
    { url, responseSchema, method = 'get', data, headers, timeout, signal, ...rest }: SubActionRequestParams<R>,
    connectorUsageCollector?: ConnectorUsageCollector
  ): Promise<AxiosResponse<R>> {
    try {
      assertURL(url);
      try {
        this.configurationUtilities.ensureUriAllowed(url);
      } catch (allowListError) {
        throw new Error(`error configuring connector action: ${(allowListError as Error).message}`);
      }
      const normalizedURL = normalizeURL(url);
      this.logger.debug(
        `Request to external service. Connector Id: ${this.connector.id}. Connector type: ${this.connector.type} Method: ${method}. URL: ${normalizedURL}`
      );
      const response = await request<R>({
        ...rest,
        axios: this.axiosInstance,
        url: normalizedURL,
        method,
        data: isEmpty(data) ? {} : data,
        headers: { 'Content-Type': 'application/json', ...headers },
        logger: this.logger,
        configurationUtilities: this.configurationUtilities,
        timeout,
        signal: signal ?? this.signal,
        connectorUsageCollector,
      });
      this.validateResponse(responseSchema, response.data);
      return response;
    } catch (error) {
      const config = isAxiosError(error) ? error.config : undefined;
      this.logger.debug(
        `Request to external service failed. Connector Id: ${this.connector.id}. Connector type: ${this.connector.type}. Method: ${config?.method}. URL: ${config?.url}`
      );
      throw await this.getRequestError(error);
    }
  }

  private validateResponse(responseSchema: Type<unknown>, data: unknown): void {
    try {
      responseSchema.validate(data);
    } catch (validationError) {
      // "Error: ..." as Kibana's message shows it
      const error = new Error(`Response validation failed (Error: ${(validationError as Error).message})`);
      this.logger.debug(`${error.message}:\n${JSON.stringify(data, null, 2)}`);
      throw error;
    }
  }

  private async getRequestError(error: unknown): Promise<unknown> {
    if (!isAxiosError(error)) return error;
    await readStreamedErrorBody(error);
    const status = error.status ?? error.response?.status;
    const message = new Error(`Status code: ${status}. Message: ${this.getResponseErrorMessage(error)}`);
    // a service asking to slow down is the user's quota, not a platform failure
    return status === 429 ? createTaskRunError(message, 'user') : message;
  }
}

/** Drops a trailing slash and doubled slashes in the path. */
function normalizeURL(url: string): string {
  const withoutTrailingSlash = url.endsWith('/') ? url.slice(0, -1) : url;
  return withoutTrailingSlash.replace(/([^:]\/)\/+/g, '$1');
}

/** A streamed error body (gen-AI streaming calls) is read and parsed, so the message can use it. */
async function readStreamedErrorBody(error: AxiosError): Promise<void> {
  const response = error.response;
  if (response?.config?.responseType !== 'stream' || !response.data) return;
  try {
    let body = '';
    for await (const chunk of response.data as Readable) body += chunk.toString();
    response.data = JSON.parse(body);
  } catch {
    // the body only improves the message; keep the error as it is
  }
}
