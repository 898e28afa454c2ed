import type { PluginInitializer } from '@kbn/core-server';
import { ConnectorsElasticStackServerPlugin } from './plugin';
import type { ConnectorsElasticStackServerSetup, ConnectorsElasticStackServerSetupDeps } from './types';

export type { ConnectorsElasticStackServerSetup, ConnectorsElasticStackServerSetupDeps };
export type { SystemActionHandler, SystemActionRun } from './system_actions/system_action_handler';
export type { CasesParams } from './connector_types/cases/schema';
export type { ObservabilityAiAssistantParams } from './connector_types/observability_ai_assistant/schema';

export const plugin: PluginInitializer<ConnectorsElasticStackServerSetup, void, ConnectorsElasticStackServerSetupDeps> = () => new ConnectorsElasticStackServerPlugin();
