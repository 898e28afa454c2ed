import { CONNECTOR_ID_MAX_LENGTH } from '../constants';
import { isPrototypePollutionKey, isUnsafeId } from './is_unsafe_id';

/** Lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const CONNECTOR_ID_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export const CONNECTOR_ID_REQUIRED_MESSAGE = 'Connector ID is required.';
export const CONNECTOR_ID_TOO_LONG_MESSAGE = `Connector ID must be ${CONNECTOR_ID_MAX_LENGTH} characters or less.`;
export const CONNECTOR_ID_INVALID_CHARACTERS_MESSAGE =
  'Connector ID must contain only lowercase letters, numbers, and hyphens.';
/**
 * Not Kibana's: Kibana reports `constructor` and `prototype` as too long, which they are not. The
 * other unsafe ids (`..`, `/`) hold characters the format refuses, so they get Kibana's format
 * message.
 */
export const CONNECTOR_ID_RESERVED_MESSAGE =
  'Connector ID must not be "__proto__", "constructor" or "prototype".';

/**
 * Why `id` cannot be a connector id, in Kibana's words, or `undefined` when it can. The same
 * check runs on the create route and in the connector form, so both say the same thing.
 */
export function validateConnectorId(id: string): string | undefined {
  if (isUnsafeId(id, CONNECTOR_ID_MAX_LENGTH)) {
    if (id.length === 0) return CONNECTOR_ID_REQUIRED_MESSAGE;
    if (id.length > CONNECTOR_ID_MAX_LENGTH) return CONNECTOR_ID_TOO_LONG_MESSAGE;
    if (isPrototypePollutionKey(id)) return CONNECTOR_ID_RESERVED_MESSAGE;
    return CONNECTOR_ID_INVALID_CHARACTERS_MESSAGE;
  }
  if (!CONNECTOR_ID_PATTERN.test(id)) return CONNECTOR_ID_INVALID_CHARACTERS_MESSAGE;
  return undefined;
}

export function isValidConnectorId(id: string): boolean {
  return validateConnectorId(id) === undefined;
}
