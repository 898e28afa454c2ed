import { isValidConnectorId } from '@kbn/actions-common';
import type { SavedObjectsImportFilterContext, SavedObjectsImportFilterObject, SavedObjectsImportFilterResult, SavedObjectsImportWarning } from '@kbn/core-server';
import type { RawConnector } from './raw_connector';

export const preconfiguredConflictMessage = (id: string) =>
  `Connector with ID [${id}] conflicts with a preconfigured connector and was removed. The preconfigured connector will be used instead.`;

export const invalidIdsMessage = (ids: string[]) =>
  `Connectors with IDs [${ids.join(', ')}] have invalid IDs and were removed. Connector IDs must contain only lowercase letters, numbers, and hyphens and be 36 characters or less.`;

/**
 * The connectors an import must leave out, as Kibana's newest actions plugin does: one whose id
 * (or destination id) is a preconfigured connector's (that one wins), and one whose id breaks the
 * connector id rules when it keeps its id (no destination id, no new copies).
 */
export async function filterConnectorsForImport(
  connectors: Array<SavedObjectsImportFilterObject<RawConnector>>,
  context: SavedObjectsImportFilterContext,
  isPreconfigured: (id: string) => boolean | Promise<boolean>
): Promise<SavedObjectsImportFilterResult> {
  const removed: string[] = [];
  const warnings: SavedObjectsImportWarning[] = [];
  const invalid: string[] = [];
  for (const { object, destinationId } of connectors) {
    if (!context.createNewCopies && (await isPreconfigured(destinationId ?? object.id))) {
      removed.push(object.id);
      warnings.push({ type: 'simple', message: preconfiguredConflictMessage(destinationId ?? object.id) });
    } else if (!destinationId && !context.createNewCopies && !isValidConnectorId(object.id)) {
      removed.push(object.id);
      invalid.push(object.id);
    }
  }
  if (invalid.length > 0) warnings.push({ type: 'simple', message: invalidIdsMessage(invalid) });
  return { removed, warnings };
}
