/*
 * The features a connector type can declare in `supportedFeatureIds` (Kibana's ids). Registration
 * refuses a type naming any other id, so a typo fails at startup instead of hiding the connector.
 */

export const AlertingConnectorFeatureId = 'alerting';
export const CasesConnectorFeatureId = 'cases';
export const UptimeConnectorFeatureId = 'uptime';
export const SecurityConnectorFeatureId = 'siem';
export const GenerativeAIForSecurityConnectorFeatureId = 'generativeAIForSecurity';
export const GenerativeAIForObservabilityConnectorFeatureId = 'generativeAIForObservability';
export const GenerativeAIForSearchPlaygroundConnectorFeatureId = 'generativeAIForSearchPlayground';
export const EndpointSecurityConnectorFeatureId = 'endpointSecurity';
export const WorkflowsConnectorFeatureId = 'workflows';
export const AgentBuilderConnectorFeatureId = 'agentBuilder';
export const ContextEngineConnectorFeatureId = 'contextEngine';

/** Every feature id, in Kibana's order. */
export const CONNECTOR_FEATURE_IDS = [
  AlertingConnectorFeatureId,
  CasesConnectorFeatureId,
  UptimeConnectorFeatureId,
  SecurityConnectorFeatureId,
  GenerativeAIForSecurityConnectorFeatureId,
  GenerativeAIForObservabilityConnectorFeatureId,
  GenerativeAIForSearchPlaygroundConnectorFeatureId,
  EndpointSecurityConnectorFeatureId,
  WorkflowsConnectorFeatureId,
  AgentBuilderConnectorFeatureId,
  ContextEngineConnectorFeatureId,
] as const;

export type ConnectorFeatureId = (typeof CONNECTOR_FEATURE_IDS)[number];

const knownFeatureIds: ReadonlySet<string> = new Set(CONNECTOR_FEATURE_IDS);

export function isConnectorFeatureId(id: string): id is ConnectorFeatureId {
  return knownFeatureIds.has(id);
}

/** True when every id is known (so `[]` passes, as in Kibana). */
export function areValidFeatures(ids: readonly string[]): boolean {
  return ids.every(isConnectorFeatureId);
}

/** The ids that are not feature ids, for the registration error message. */
export function getInvalidFeatureIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !isConnectorFeatureId(id));
}
