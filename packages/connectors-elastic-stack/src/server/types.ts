import type { ActionsServerSetup } from '@kbn/actions-server/server';
import type { CasesParams } from './connector_types/cases/schema';
import type { ObservabilityAiAssistantParams } from './connector_types/observability_ai_assistant/schema';
import type { SystemActionHandler } from './system_actions/system_action_handler';

/**
 * The extension points of the system actions: the plugin that does the work registers its
 * handler here, once, in its setup (it lists `connectorsElasticStack` in its requiredPlugins).
 */
export interface ConnectorsElasticStackServerSetup {
  /** Runs `.cases`: open or update cases for a rule's alerts. */
  registerCasesHandler(handler: SystemActionHandler<CasesParams>): void;
  /** Runs `.observability-ai-assistant`: have the assistant work on a rule's alerts. */
  registerObservabilityAiAssistantHandler(handler: SystemActionHandler<ObservabilityAiAssistantParams>): void;
}

export interface ConnectorsElasticStackServerSetupDeps {
  actions: ActionsServerSetup;
}
