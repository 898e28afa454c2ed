import axios, {
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type Method,
  type RawAxiosRequestHeaders,
} from 'axios';
import type { Logger } from '@kbn/core-server';
import type { ConnectorUsageCollector, SentRequestLike } from '../connector_type/connector_usage_collector';
import { combineHeadersWithBasicAuthHeader } from './basic_auth_header';
import type { ActionsConfigurationUtilities } from './configuration_utilities';
import { getCustomAgents } from './custom_agents';
import type { SSLSettings } from './ssl_settings';

/** One instance of our own, so interceptors others add to axios' global one never apply. */
const defaultAxios = axios.create();

export interface RequestOptions<Data = unknown> {
  /** An instance without `baseURL` (a base URL would bypass the per-URL proxy decision). */
  axios?: AxiosInstance;
  url: string;
  method?: Method;
  data?: Data;
  headers?: RawAxiosRequestHeaders;
  logger: Logger;
  configurationUtilities: ActionsConfigurationUtilities;
  /** Milliseconds; `responseTimeout` applies when it is longer. */
  timeout?: number;
  signal?: AbortSignal;
  responseType?: AxiosRequestConfig['responseType'];
  validateStatus?: AxiosRequestConfig['validateStatus'];
  params?: AxiosRequestConfig['params'];
  /** Sent as a Basic `Authorization` header; an `Authorization` in `headers` wins. */
  auth?: AxiosRequestConfig['auth'];
  /** A connector's own TLS material (client certificate, CA), over the configured settings. */
  sslOverrides?: SSLSettings;
  connectorUsageCollector?: ConnectorUsageCollector;
}

/**
 * The one way a connector calls out. It enforces `xpack.actions.allowedHosts` on the URL and on
 * every redirect, routes through the configured proxy, applies TLS and custom host settings, caps
 * the response size and time, sends the platform's User-Agent, and counts request body bytes.
 */
export async function request<Response = unknown, Data = unknown>({
  axios: instance = defaultAxios,
  url,
  method = 'get',
  data,
  headers,
  logger,
  configurationUtilities,
  timeout,
  signal,
  responseType,
  validateStatus,
  params,
  auth,
  sslOverrides,
  connectorUsageCollector,
}: RequestOptions<Data>): Promise<AxiosResponse<Response>> {
  if (instance.defaults.baseURL) {
    throw new Error(`Do not use "baseURL" in the creation of your axios instance because you will mostly break proxy`);
  }
  configurationUtilities.ensureUriAllowed(url);

  const { httpAgent, httpsAgent } = getCustomAgents(configurationUtilities, logger, url, sslOverrides);
  const { maxContentLength, timeout: settingsTimeout } = configurationUtilities.getResponseSettings();

  const beforeRedirect = (options: Record<string, unknown>) => {
    const hostname = options.hostname;
    if (hostname == null) throw new Error('redirect hostname not provided by axios');
    if (typeof hostname !== 'string') throw new Error('redirect hostname provided by axios was not a string');
    configurationUtilities.ensureHostnameAllowed(hostname);
  };

  try {
    const result = await instance.request<Response>({
      url,
      method,
      headers: { 'User-Agent': configurationUtilities.getUserAgent(), ...combineHeadersWithBasicAuthHeader({ ...auth, headers }) },
      ...(data !== undefined && data !== null ? { data } : {}),
      ...(params !== undefined ? { params } : {}),
      ...(responseType !== undefined ? { responseType } : {}),
      ...(validateStatus !== undefined ? { validateStatus } : {}),
      // Our agents carry the proxy and TLS decisions; axios' own proxy handling must stay off.
      httpAgent,
      httpsAgent,
      proxy: false,
      maxContentLength,
      timeout: Math.max(settingsTimeout, timeout ?? 0),
      beforeRedirect,
      signal,
    });
    connectorUsageCollector?.addRequestBodyBytes(result, data);
    return result;
  } catch (error) {
    // an axios error carries the request that was sent, when one was
    connectorUsageCollector?.addRequestBodyBytes(typeof error === 'object' && error !== null ? (error as SentRequestLike) : undefined, data);
    throw error;
  }
}
