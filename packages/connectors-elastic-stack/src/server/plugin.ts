import type { CoreSetup, Plugin } from '@kbn/core-server';
import { getCasesConnectorType } from './connector_types/cases/cases';
import type { CasesParams } from './connector_types/cases/schema';
import { getEsIndexConnectorType } from './connector_types/es_index/es_index';
import { getObservabilityAiAssistantConnectorType } from './connector_types/observability_ai_assistant/observability_ai_assistant';
import type { ObservabilityAiAssistantParams } from './connector_types/observability_ai_assistant/schema';
import { getServerLogConnectorType } from './connector_types/server_log/server_log';
import { SystemActionHandlerSlot } from './system_actions/system_action_handler';
import type { ConnectorsElasticStackServerSetup, ConnectorsElasticStackServerSetupDeps } from './types';

/** Registers the Elastic Stack connector types with the actions plugin, and offers the system actions' extension points. */
export class ConnectorsElasticStackServerPlugin implements Plugin<ConnectorsElasticStackServerSetup, void, ConnectorsElasticStackServerSetupDeps> {
  public setup(core: CoreSetup, { actions }: ConnectorsElasticStackServerSetupDeps): ConnectorsElasticStackServerSetup {
    const cases = new SystemActionHandlerSlot<CasesParams>('Cases', 'registerCasesHandler');
    const aiAssistant = new SystemActionHandlerSlot<ObservabilityAiAssistantParams>('Observability AI Assistant', 'registerObservabilityAiAssistantHandler');

    actions.registerType(getServerLogConnectorType());
    // Runs happen after start, when core's Elasticsearch client (if any) exists.
    actions.registerType(getEsIndexConnectorType({ getElasticsearchClient: async () => (await core.getStartServices())[0].elasticsearch.client?.asInternalUser }));
    actions.registerType(getCasesConnectorType(cases));
    actions.registerType(getObservabilityAiAssistantConnectorType(aiAssistant));

    return {
      registerCasesHandler: (handler) => cases.register(handler),
      registerObservabilityAiAssistantHandler: (handler) => aiAssistant.register(handler),
    };
  }

  public start(): void {}
}
