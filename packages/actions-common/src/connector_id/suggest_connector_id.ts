import { CONNECTOR_ID_MAX_LENGTH } from '../constants';
import { isPrototypePollutionKey } from './is_unsafe_id';
import { toSlugIdentifier } from './to_slug_identifier';

/**
 * The id the connector form proposes for a name while the user has not typed one: the name's slug,
 * cut to 36 characters. A cut can end on a hyphen, which the id rules refuse, so it is trimmed; a
 * name that slugs to a reserved word gets a suffix. The result always passes
 * `validateConnectorId`, or is empty when the name has no letters or digits (e.g. "日本語").
 */
export function suggestConnectorId(name: string): string {
  const id = toSlugIdentifier(name).slice(0, CONNECTOR_ID_MAX_LENGTH).replace(/-+$/, '');
  return isPrototypePollutionKey(id) ? `${id}-connector` : id;
}
