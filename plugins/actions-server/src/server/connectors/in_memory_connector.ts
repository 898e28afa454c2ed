/**
 * A connector that is not a saved object: preconfigured in kibana.yml, or a system action. It is
 * visible in every space and can be neither updated nor deleted.
 */
export interface InMemoryConnector {
  id: string;
  actionTypeId: string;
  name: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  isPreconfigured: boolean;
  isSystemAction: boolean;
  isDeprecated: boolean;
  /** Preconfigured connectors hide their config in the API unless kibana.yml says otherwise. */
  exposeConfig: boolean;
}
