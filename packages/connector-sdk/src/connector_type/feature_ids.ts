import { isConnectorFeatureId } from '@kbn/actions-common';

/*
 * The feature ids a connector type may declare are part of the API contract, so they live in
 * @kbn/actions-common (the browser needs them too); connector packages get them from here.
 */
export {
  AgentBuilderConnectorFeatureId,
  AlertingConnectorFeatureId,
  CONNECTOR_FEATURE_IDS,
  CasesConnectorFeatureId,
  type ConnectorFeatureId,
  ContextEngineConnectorFeatureId,
  EndpointSecurityConnectorFeatureId,
  GenerativeAIForObservabilityConnectorFeatureId,
  GenerativeAIForSearchPlaygroundConnectorFeatureId,
  GenerativeAIForSecurityConnectorFeatureId,
  SecurityConnectorFeatureId,
  UptimeConnectorFeatureId,
  WorkflowsConnectorFeatureId,
  areValidFeatures,
  isConnectorFeatureId,
} from '@kbn/actions-common';

/** The ids that are not feature ids, for the registration error message. */
export function getInvalidFeatureIds(ids: readonly string[]): string[] {
  return ids.filter((id) => !isConnectorFeatureId(id));
}
