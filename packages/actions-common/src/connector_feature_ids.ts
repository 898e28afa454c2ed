/*
 * The features a connector type can declare in `supportedFeatureIds`. The server refuses to register
 * a type naming any other id, and `GET /api/actions/connector_types?feature_id=` filters on them.
 * The display names and "compatibility" labels stay in the browser plugin: they are UI strings.
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

/** True when every id is a known feature id (so `[]` is valid, as in Kibana). */
export function areValidFeatures(ids: readonly string[]): boolean {
  return ids.every(isConnectorFeatureId);
}
