import type { ValidatorServices } from '../connector_type/connector_type';
import { messageOf } from '../errors/message_of';

const VALID_PROTOCOLS = new Set(['http:', 'https:']);

/** Throws `URL Error: ...` unless the URL is http(s) with a hostname. */
export function assertURL(url: string): void {
  try {
    const parsed = new URL(url);
    if (!parsed.hostname) throw new Error('URL must contain hostname');
    if (!VALID_PROTOCOLS.has(parsed.protocol)) throw new Error('Invalid protocol');
  } catch (error) {
    throw new Error(`URL Error: ${messageOf(error)}`);
  }
}

/**
 * A config validator that refuses a URL field whose host is not in `xpack.actions.allowedHosts`,
 * so a bad URL is refused when the connector is saved rather than when it first runs.
 */
export function urlAllowListValidator<T>(urlKey: string) {
  return (value: T, { configurationUtilities }: ValidatorServices): void => {
    const url = urlKey.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], value);
    try {
      configurationUtilities.ensureUriAllowed(typeof url === 'string' ? url : '');
    } catch (allowListError) {
      throw new Error(`error validating url: ${messageOf(allowListError)}`);
    }
  };
}
