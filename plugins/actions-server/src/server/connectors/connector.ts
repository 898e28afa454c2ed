/** A connector as the actions client returns it (secrets are never part of it). */
export interface Connector {
  id: string;
  actionTypeId: string;
  name: string;
  /** Left out for preconfigured connectors unless kibana.yml exposes it. */
  config?: Record<string, unknown>;
  isMissingSecrets?: boolean;
  isPreconfigured: boolean;
  isSystemAction: boolean;
  isDeprecated: boolean;
  isConnectorTypeDeprecated: boolean;
}

/** A connector in a list, with how many saved objects reference it. */
export interface ConnectorWithReferences extends Connector {
  referencedByCount: number;
}
