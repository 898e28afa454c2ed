import type { SavedObjectsType } from '@kbn/core-server';
import { connectorImportWarnings, transformConnectorForExport } from './connector_export';
import { filterConnectorsForImport } from './connector_import';
import { ACTION_SAVED_OBJECT_TYPE, type RawConnector } from './raw_connector';

/**
 * The `action` saved object type: one connector, in one space (Kibana's `multiple-isolated`),
 * hidden from generic saved object clients, importable and exportable without its secrets.
 */
export function actionSavedObjectType(deps: {
  secretsRequired(typeId: string): boolean;
  /** Whether an id is a preconfigured connector's; imports leave such connectors out. */
  isPreconfigured?(id: string): boolean | Promise<boolean>;
}): SavedObjectsType<RawConnector> {
  return {
    name: ACTION_SAVED_OBJECT_TYPE,
    hidden: true,
    namespaceType: 'multiple-isolated',
    mappings: {
      dynamic: false,
      properties: {
        name: { type: 'text', fields: { keyword: { type: 'keyword' } } },
        actionTypeId: { type: 'keyword' },
      },
    },
    management: {
      displayName: 'connector',
      defaultSearchField: 'name',
      importableAndExportable: true,
      getTitle: (connector) => `Connector: [${connector.attributes.name}]`,
      onExport: (_context, connectors) => connectors.map((connector) => transformConnectorForExport(connector, deps.secretsRequired)),
      onImport: (connectors) => ({ warnings: connectorImportWarnings(connectors) }),
      filterImport: (connectors, context) => filterConnectorsForImport(connectors, context, deps.isPreconfigured ?? (() => false)),
    },
  };
}

/** What encryptedSavedObjects protects: the secrets, bound to the type, the config and the missing-secrets flag. */
export const actionEncryptionDefinition = {
  type: ACTION_SAVED_OBJECT_TYPE,
  attributesToEncrypt: new Set(['secrets']),
  attributesToIncludeInAAD: new Set(['actionTypeId', 'isMissingSecrets', 'config']),
};
