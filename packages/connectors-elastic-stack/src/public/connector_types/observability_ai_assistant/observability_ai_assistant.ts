import { OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_ID, OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_NAME } from '../../../common';
import type { ConnectorTypeModelLike } from '../../actions_contract';

export function getObservabilityAiAssistantConnectorTypeModel(): ConnectorTypeModelLike {
  return {
    id: OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_ID,
    actionTypeTitle: OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_NAME,
    iconClass: 'logoObservability',
    selectMessage: 'Send messages to Observability AI Assistant.',
  };
}
