import { readFileSync } from 'node:fs';
import type { Logger } from '@kbn/core-server';
import type { CustomHostSettings } from './outbound_config_schema';
import { messageOf } from '../errors/message_of';

const ERROR_PREFIX = 'In configuration xpack.actions.customHosts,';
const VALID_PROTOCOLS = new Set(['https:', 'smtp:']);

/** 0 (never a valid port) when the port cannot be told. */
function getActualPort(protocol: string, port: string): number {
  if (port !== '') {
    const portNumber = parseInt(port, 10);
    return isNaN(portNumber) ? 0 : portNumber;
  }
  if (protocol === 'http:') return 80;
  if (protocol === 'https:') return 443;
  if (protocol === 'smtp:') return 25;
  return 0;
}

/** `protocol//host:port` with the default port written out: the only thing settings match on. */
export function getCanonicalCustomHostUrl(url: URL): string {
  return `${url.protocol}//${url.hostname}:${getActualPort(url.protocol, url.port)}`;
}

function readCertificateAuthority(logger: Logger, fileName: string): string | undefined {
  try {
    return readFileSync(fileName, 'utf8');
  } catch (err) {
    const message = messageOf(err);
    logger.warn(`error reading file "${fileName}" specified in xpack.actions.customHosts, ignoring: ${message}`);
    return undefined;
  }
}

/**
 * Checks and normalises the custom host settings once, at startup, as Kibana does: canonical
 * URLs, CA files read into `certificateAuthoritiesData`, unsupported entries dropped with a
 * warning (these checks cannot be expressed in the schema that Elastic Cloud also validates).
 */
export function resolveCustomHostSettings(logger: Logger, settings: readonly CustomHostSettings[] | undefined): CustomHostSettings[] {
  const resolved: CustomHostSettings[] = [];
  const seen = new Set<string>();
  for (const original of settings ?? []) {
    let parsed: URL;
    try {
      parsed = new URL(original.url);
    } catch (err) {
      const message = messageOf(err);
      logger.warn(`${ERROR_PREFIX} invalid URL "${original.url}", ignoring; error: ${message}`);
      continue;
    }
    if (!VALID_PROTOCOLS.has(parsed.protocol)) {
      logger.warn(`${ERROR_PREFIX} unsupported protocol used in URL "${original.url}", ignoring`);
      continue;
    }
    if (!getActualPort(parsed.protocol, parsed.port)) {
      logger.warn(`${ERROR_PREFIX} unable to determine port for URL "${original.url}", ignoring`);
      continue;
    }
    if (parsed.username || parsed.password) {
      logger.warn(
        `${ERROR_PREFIX} URL "${original.url}" contains authentication information which will be ignored, but should be removed from the configuration`
      );
    }
    if (parsed.hash) {
      logger.warn(`${ERROR_PREFIX} URL "${original.url}" contains hash information which will be ignored`);
    }
    if (parsed.pathname && parsed.pathname !== '/') {
      logger.warn(`${ERROR_PREFIX} URL "${original.url}" contains path information which will be ignored`);
    }

    let smtp = original.smtp;
    if (smtp && parsed.protocol !== 'smtp:') {
      logger.warn(
        `${ERROR_PREFIX} URL "${original.url}" contains smtp properties but does not use smtp; ignoring smtp properties`
      );
      smtp = undefined;
    }
    if (smtp?.requireTLS && smtp.ignoreTLS) {
      logger.warn(
        `${ERROR_PREFIX} URL "${original.url}" cannot have both requireTLS and ignoreTLS set to true; using requireTLS: true and ignoreTLS: false`
      );
      smtp = { ...smtp, requireTLS: true, ignoreTLS: false };
    }
    let ssl = original.ssl;
    if (ssl) {
      const files = ssl.certificateAuthoritiesFiles ?? [];
      const contents = (typeof files === 'string' ? [files] : files)
        .map((file) => readCertificateAuthority(logger, file))
        .filter((content): content is string => content !== undefined);
      const data = [ssl.certificateAuthoritiesData, ...contents].filter((part) => part);
      ssl = { ...ssl, certificateAuthoritiesData: data.length > 0 ? data.join('\n') : undefined };
    }
    const setting: CustomHostSettings = {
      url: getCanonicalCustomHostUrl(parsed),
      ...(smtp ? { smtp } : {}),
      ...(ssl ? { ssl } : {}),
    };

    if (seen.has(setting.url)) {
      logger.warn(`${ERROR_PREFIX} multiple URLs match the canonical url "${setting.url}"; only the first will be used`);
      continue;
    }
    seen.add(setting.url);
    resolved.push(setting);
  }
  return resolved;
}
