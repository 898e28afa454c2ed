import type { Connector, ConnectorWithReferences } from '../connectors/connector';

/** A connector in the API's snake_case, with Kibana's field names; absent optional fields stay absent. */
export function toConnectorResponse(connector: Connector) {
  return {
    id: connector.id,
    name: connector.name,
    connector_type_id: connector.actionTypeId,
    ...(connector.config !== undefined ? { config: connector.config } : {}),
    ...(connector.isMissingSecrets !== undefined ? { is_missing_secrets: connector.isMissingSecrets } : {}),
    is_preconfigured: connector.isPreconfigured,
    is_deprecated: connector.isDeprecated,
    is_system_action: connector.isSystemAction,
    is_connector_type_deprecated: connector.isConnectorTypeDeprecated,
  };
}

export function toConnectorListResponse(connector: ConnectorWithReferences) {
  return { ...toConnectorResponse(connector), referenced_by_count: connector.referencedByCount };
}
