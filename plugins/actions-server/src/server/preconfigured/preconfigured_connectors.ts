import type { InMemoryConnector } from '../connectors/in_memory_connector';
import type { PreconfiguredConnectorsConfig } from './preconfigured_config';

/** The connectors of `xpack.actions.preconfigured`, in kibana.yml order. */
export function createPreconfiguredConnectors(config: PreconfiguredConnectorsConfig): InMemoryConnector[] {
  return Object.entries(config).map(([id, connector]) => ({
    id,
    actionTypeId: connector.actionTypeId,
    name: connector.name,
    config: connector.config,
    secrets: connector.secrets,
    isPreconfigured: true,
    isSystemAction: false,
    isDeprecated: false,
    exposeConfig: connector.exposeConfig ?? false,
  }));
}
