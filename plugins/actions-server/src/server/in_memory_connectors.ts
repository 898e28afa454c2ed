import { HttpError } from '@kbn/core-server';
import type { ValidatorServices } from '@kbn/connector-sdk';
import type { ConnectorTypeRegistry } from './connector_types/connector_type_registry';
import type { InMemoryConnector } from './connectors/in_memory_connector';
import { validateConfig, validateSecrets } from './connectors/validate_connector';

/** Kibana's id for the one connector of each system action type. */
export const systemConnectorId = (typeId: string) => `system-connector-${typeId}`;

/**
 * Preconfigured connectors (checked against their types, so a bad kibana.yml fails start naming
 * the connector) followed by one connector per system action type.
 */
export function resolveInMemoryConnectors(preconfigured: InMemoryConnector[], registry: ConnectorTypeRegistry, services: ValidatorServices): InMemoryConnector[] {
  const checked = preconfigured.map((connector) => {
    try {
      const type = registry.get(connector.actionTypeId);
      if (type.isSystemActionType) throw new Error(`system action type "${connector.actionTypeId}" cannot be preconfigured`);
      return { ...connector, config: validateConfig(type, connector.config, services), secrets: validateSecrets(type, connector.secrets, services) };
    } catch (error) {
      const message = error instanceof HttpError || error instanceof Error ? error.message : String(error);
      throw new Error(`Preconfigured connector "${connector.id}" is invalid: ${message}`, { cause: error });
    }
  });
  const system = registry
    .list()
    .filter((type) => type.isSystemActionType)
    .map(
      (type): InMemoryConnector => ({
        id: systemConnectorId(type.id),
        actionTypeId: type.id,
        name: type.name,
        config: {},
        secrets: {},
        isPreconfigured: false,
        isSystemAction: true,
        isDeprecated: false,
        exposeConfig: false,
      })
    );
  return [...checked, ...system];
}
