import type { Logger } from '@kbn/core-server';
import { getCanonicalCustomHostUrl, resolveCustomHostSettings } from './custom_host_settings';
import { ALLOWED_HOSTS_ANY, type CustomHostSettings, type OutboundConfig } from './outbound_config_schema';
import { getSSLSettingsFromConfig, type SSLSettings } from './ssl_settings';
import { buildUserAgent } from './user_agent';

export interface ProxySettings {
  proxyUrl: string;
  proxyBypassHosts: Set<string> | undefined;
  proxyOnlyHosts: Set<string> | undefined;
  proxyHeaders?: Record<string, string>;
  proxySSLSettings: SSLSettings;
}

export interface ResponseSettings {
  /** Bytes. */
  maxContentLength: number;
  /** Milliseconds. */
  timeout: number;
}

/**
 * The `xpack.actions` outbound settings as connectors use them (Kibana's
 * `ActionsConfigurationUtilities`, its outbound part). The actions plugin extends this interface
 * with what is not about calling out (enabled types, email allow lists, max attempts).
 */
export interface ActionsConfigurationUtilities {
  isHostnameAllowed: (hostname: string) => boolean;
  isUriAllowed: (uri: string) => boolean;
  ensureHostnameAllowed: (hostname: string) => void;
  ensureUriAllowed: (uri: string) => void;
  getSSLSettings: () => SSLSettings;
  getProxySettings: () => ProxySettings | undefined;
  getResponseSettings: () => ResponseSettings;
  getCustomHostSettings: (targetUrl: string) => CustomHostSettings | undefined;
  /** The User-Agent every outbound request sends unless the connector sets its own. */
  getUserAgent: () => string;
}

export interface CreateConfigurationUtilitiesOptions {
  logger: Logger;
  /** See `buildUserAgent`; plain `axios/<version>` when not given. */
  userAgent?: string;
}

function allowListErrorMessage(field: 'url' | 'hostname', value: string): string {
  return `target ${field} "${value}" is not added to the Kibana config xpack.actions.allowedHosts`;
}

/** The hostname of a URI, or null when it has none; IPv6 literals lose their brackets. */
function hostnameOf(uri: string): string | null {
  try {
    const { hostname } = new URL(uri);
    if (!hostname) return null;
    return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  } catch {
    return null;
  }
}

function warnAboutProxySettings(logger: Logger, config: OutboundConfig): void {
  if (config.proxyUrl) {
    try {
      new URL(config.proxyUrl);
    } catch {
      logger.warn(`The configuration xpack.actions.proxyUrl: ${config.proxyUrl} is invalid.`);
    }
  }
  if (config.proxyBypassHosts && config.proxyOnlyHosts) {
    logger.warn(
      'The configurations xpack.actions.proxyBypassHosts and xpack.actions.proxyOnlyHosts can not be used at the same time. The configuration xpack.actions.proxyOnlyHosts will be ignored.'
    );
  }
}

/**
 * Builds the utilities once from validated settings: custom hosts are resolved (CA files read) and
 * conflicting proxy lists reported here, at startup, rather than on every request.
 */
export function createConfigurationUtilities(
  config: OutboundConfig,
  { logger, userAgent = buildUserAgent() }: CreateConfigurationUtilitiesOptions
): ActionsConfigurationUtilities {
  warnAboutProxySettings(logger, config);
  const allowedHosts = new Set(config.allowedHosts);
  const customHostSettings = resolveCustomHostSettings(logger, config.customHostSettings);
  const proxyBypassHosts = config.proxyBypassHosts ? new Set(config.proxyBypassHosts) : undefined;
  // Both lists at once is ambiguous; like Kibana, the bypass list wins.
  const proxyOnlyHosts = config.proxyOnlyHosts && !proxyBypassHosts ? new Set(config.proxyOnlyHosts) : undefined;

  const isHostnameAllowed = (hostname: string | null): boolean =>
    allowedHosts.has(ALLOWED_HOSTS_ANY) || (hostname !== null && allowedHosts.has(hostname));
  const isUriAllowed = (uri: string): boolean => {
    const hostname = hostnameOf(uri);
    return hostname !== null && isHostnameAllowed(hostname);
  };

  return {
    isHostnameAllowed,
    isUriAllowed,
    ensureHostnameAllowed(hostname) {
      if (!isHostnameAllowed(hostname)) throw new Error(allowListErrorMessage('hostname', hostname));
    },
    ensureUriAllowed(uri) {
      if (!isUriAllowed(uri)) throw new Error(allowListErrorMessage('url', uri));
    },
    getSSLSettings: () => getSSLSettingsFromConfig(config.ssl?.verificationMode),
    getProxySettings: () =>
      config.proxyUrl
        ? {
            proxyUrl: config.proxyUrl,
            proxyBypassHosts,
            proxyOnlyHosts,
            proxyHeaders: config.proxyHeaders,
            proxySSLSettings: getSSLSettingsFromConfig(config.ssl?.proxyVerificationMode),
          }
        : undefined,
    getResponseSettings: () => ({
      maxContentLength: config.maxResponseContentLength.getValueInBytes(),
      timeout: config.responseTimeout.asMilliseconds(),
    }),
    getCustomHostSettings(targetUrl) {
      let parsed: URL;
      try {
        parsed = new URL(targetUrl);
      } catch {
        // a bad URL is reported by whoever uses it
        return undefined;
      }
      const canonical = getCanonicalCustomHostUrl(parsed);
      return customHostSettings.find((setting) => setting.url === canonical);
    },
    getUserAgent: () => userAgent,
  };
}
