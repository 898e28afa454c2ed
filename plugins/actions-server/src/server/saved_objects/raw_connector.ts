/** The attributes of an `action` saved object: a connector as stored (secrets encrypted). */
export interface RawConnector {
  actionTypeId: string;
  name: string;
  /** Set when the connector came in without the secrets its type needs (an import). */
  isMissingSecrets: boolean;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

export const ACTION_SAVED_OBJECT_TYPE = 'action';
