import { type Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions } from 'node:https';
import type { Logger } from '@kbn/core-server';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { ActionsConfigurationUtilities, ProxySettings } from './configuration_utilities';
import { getNodeSSLOptions, type NodeSSLOptions, type SSLSettings } from './ssl_settings';

export interface CustomAgents {
  /** Undefined means Node's default agent (no proxy). */
  httpAgent: HttpAgent | undefined;
  httpsAgent: HttpsAgent;
}

/**
 * TLS options for the target: the connector's overrides (its mode, client certificate, CA) or else
 * the general mode; then, when `customHostSettings` has this exact protocol, host and port, its CA
 * and mode win, as in Kibana: they are the administrator's word about that one host.
 */
function getTargetTLSOptions(
  configurationUtilities: ActionsConfigurationUtilities,
  logger: Logger,
  url: string,
  sslOverrides?: SSLSettings
): NodeSSLOptions {
  const general = configurationUtilities.getSSLSettings();
  const options = getNodeSSLOptions(logger, sslOverrides?.verificationMode ?? general.verificationMode, sslOverrides);
  const customSSL = configurationUtilities.getCustomHostSettings(url)?.ssl;
  if (customSSL) {
    logger.debug(`Creating customized connection settings for: ${url}`);
    if (customSSL.certificateAuthoritiesData) options.ca = customSSL.certificateAuthoritiesData;
    // an ssl section without a mode means full, as Kibana documents it, whatever the general mode
    const custom = getNodeSSLOptions(logger, customSSL.verificationMode ?? 'full');
    options.rejectUnauthorized = custom.rejectUnauthorized;
    // Absent, not undefined: Node's TLS asserts that a present checkServerIdentity is a function.
    if (custom.checkServerIdentity) options.checkServerIdentity = custom.checkServerIdentity;
    else delete options.checkServerIdentity;
  }
  return options;
}

/** Whether this hostname goes through the proxy, given the bypass and only lists. */
function usesProxy(proxySettings: ProxySettings, hostname: string): boolean {
  if (proxySettings.proxyBypassHosts?.has(hostname)) return false;
  if (proxySettings.proxyOnlyHosts && !proxySettings.proxyOnlyHosts.has(hostname)) return false;
  return true;
}

/**
 * The agents one request uses. Without a proxy: Node's http agent and an https agent with the
 * target's TLS options. With one: a plain proxying agent for http targets (absolute-form requests)
 * and a CONNECT tunnel for https targets, both sending `proxyHeaders` to the proxy.
 */
export function getCustomAgents(
  configurationUtilities: ActionsConfigurationUtilities,
  logger: Logger,
  url: string,
  sslOverrides?: SSLSettings
): CustomAgents {
  const targetTLS = getTargetTLSOptions(configurationUtilities, logger, url, sslOverrides);
  const defaultAgents: CustomAgents = { httpAgent: undefined, httpsAgent: new HttpsAgent(targetTLS) };

  const proxySettings = configurationUtilities.getProxySettings();
  if (!proxySettings) return defaultAgents;

  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    logger.warn(`error determining proxy state for invalid url "${url}", using default agents`);
    return defaultAgents;
  }
  if (!usesProxy(proxySettings, hostname)) return defaultAgents;

  let proxyUrl: URL;
  try {
    proxyUrl = new URL(proxySettings.proxyUrl);
  } catch {
    logger.warn(`invalid proxy URL "${proxySettings.proxyUrl}" ignored`);
    return defaultAgents;
  }
  logger.debug(`Creating proxy agents for proxy: ${proxySettings.proxyUrl}`);

  const proxyTLS = getNodeSSLOptions(logger, proxySettings.proxySSLSettings.verificationMode);
  const headers = proxySettings.proxyHeaders ?? {};
  const httpAgent = new HttpProxyAgent(proxyUrl, { headers, ...proxyTLS }) as unknown as HttpAgent;
  const httpsAgent = new HttpsProxyAgent(proxyUrl, { headers, ...proxyTLS });
  // The proxy connection keeps the proxy's TLS options (copied at construction); the tunnelled
  // connection to the target reads `options`, so it gets the target's own, not the proxy's.
  const { ca: _proxyCA, checkServerIdentity: _proxyCheck, ...agentOptions } = httpsAgent.options as AgentOptions;
  httpsAgent.options = { ...agentOptions, ...targetTLS };
  return { httpAgent, httpsAgent: httpsAgent as unknown as HttpsAgent };
}
