import { AlertingConnectorFeatureId, successResult, type ConnectorType } from '@kbn/connector-sdk';
import { OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_ID, OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_NAME } from '../../../common';
import type { SystemActionHandlerSlot } from '../../system_actions/system_action_handler';
import {
  configSchema,
  paramsSchema,
  secretsSchema,
  type ObservabilityAiAssistantConfig,
  type ObservabilityAiAssistantParams,
  type ObservabilityAiAssistantSecrets,
} from './schema';

/** Kibana's privileges for a run: the assistant's API and app. */
export const OBSERVABILITY_AI_ASSISTANT_PRIVILEGES = ['api:observabilityAIAssistant', 'app:observabilityAIAssistant'];

/**
 * Observability AI Assistant (Kibana's `.observability-ai-assistant` system action): when a rule's
 * alerts change, the assistant runs the prompts. The work is the assistant's; this type hands
 * each run to its handler.
 */
export function getObservabilityAiAssistantConnectorType(
  handler: SystemActionHandlerSlot<ObservabilityAiAssistantParams>
): ConnectorType<ObservabilityAiAssistantConfig, ObservabilityAiAssistantSecrets, ObservabilityAiAssistantParams> {
  const execute = handler.executor<ObservabilityAiAssistantConfig, ObservabilityAiAssistantSecrets>();
  return {
    id: OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_ID,
    name: OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_NAME,
    minimumLicenseRequired: 'enterprise',
    supportedFeatureIds: [AlertingConnectorFeatureId],
    isSystemActionType: true,
    validate: {
      config: { schema: configSchema },
      secrets: { schema: secretsSchema },
      params: { schema: paramsSchema },
    },
    getKibanaPrivileges: () => [...OBSERVABILITY_AI_ASSISTANT_PRIVILEGES],
    // Params are passed as they are: Kibana renders no templates for this type.
    renderParameterTemplates: (_logger, params) => params,
    executor: async (options) => {
      // As Kibana: a run with only ongoing alerts does nothing (it deduplicates the workflow).
      if (options.params.alerts.new.length === 0 && options.params.alerts.recovered.length === 0) return successResult(options.actionId);
      return execute(options);
    },
  };
}
