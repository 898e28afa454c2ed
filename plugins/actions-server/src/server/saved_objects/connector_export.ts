import type { SavedObject, SavedObjectsImportWarning } from '@kbn/core-server';
import type { RawConnector } from './raw_connector';

/** Where the warning's button takes the user. */
const CONNECTORS_PATH = '/app/management/insightsAndAlerting/triggersActionsConnectors';

/**
 * A connector as exported: secrets emptied, and marked missing secrets when its type needs some
 * (validating empty secrets fails) or, for types whose secrets are optional, when `config.hasAuth`
 * says it authenticates: as Kibana decides it.
 */
export function transformConnectorForExport(connector: SavedObject<RawConnector>, secretsRequired: (typeId: string) => boolean): SavedObject<RawConnector> {
  const { attributes } = connector;
  const isMissingSecrets = secretsRequired(attributes.actionTypeId) || attributes.config?.hasAuth === true;
  return { ...connector, attributes: { ...attributes, secrets: {}, isMissingSecrets } };
}

/** Kibana's import warning for connectors that came in without their secrets. */
export function connectorImportWarnings(connectors: Array<SavedObject<RawConnector>>): SavedObjectsImportWarning[] {
  const missing = connectors.filter((connector) => connector.type === 'action' && connector.attributes.isMissingSecrets).length;
  if (missing === 0) return [];
  const subject = missing === 1 ? '1 connector has' : `${missing} connectors have`;
  return [
    {
      type: 'action_required',
      message: `${subject} sensitive information that require updates.`,
      actionPath: CONNECTORS_PATH,
      buttonLabel: 'Go to connectors',
    },
  ];
}
