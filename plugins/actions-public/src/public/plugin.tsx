import type { BrowserPlugin, CoreSetup } from '@kbn/core-public';
import { ConnectorsApp } from './application/connectors_app';
import { createConnectorTypeRegistry } from './connector_type_registry';
import type { ActionsPublicSetup } from './types';

export const CONNECTORS_APP_ID = 'triggersActionsConnectors';

/** Registers the Connectors app in Stack Management and hands out the connector type registry. */
export class ActionsPublicPlugin implements BrowserPlugin<ActionsPublicSetup> {
  private readonly connectorTypeRegistry = createConnectorTypeRegistry();

  public setup(core: CoreSetup): ActionsPublicSetup {
    const registry = this.connectorTypeRegistry;
    core.application.registerManagementApp({
      id: CONNECTORS_APP_ID,
      title: 'Connectors',
      section: 'insightsAndAlerting',
      render: ({ http, toasts, appPath }) => <ConnectorsApp http={http} toasts={toasts} connectorTypeRegistry={registry} appPath={appPath} />,
    });
    return { connectorTypeRegistry: registry };
  }
}
