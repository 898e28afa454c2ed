/*
 * What this package needs from the actions plugin's browser setup contract, typed here because
 * that plugin does not exist yet. Use its types instead, and delete this file, when it does; its
 * models also carry the connector and params form components.
 */

export interface ConnectorTypeModelLike {
  id: string;
  actionTypeTitle: string;
  /** An EUI icon name. */
  iconClass: string;
  /** Shown under the title in the "select a connector type" list. */
  selectMessage: string;
}

export interface ActionsPublicSetupLike {
  connectorTypeRegistry: { register(model: ConnectorTypeModelLike): void };
}
