import type { ActionsPublicSetupLike } from './actions_contract';
import { getCasesConnectorTypeModel } from './connector_types/cases/cases';
import { getEsIndexConnectorTypeModel } from './connector_types/es_index/es_index';
import { getObservabilityAiAssistantConnectorTypeModel } from './connector_types/observability_ai_assistant/observability_ai_assistant';
import { getServerLogConnectorTypeModel } from './connector_types/server_log/server_log';

export interface ConnectorsElasticStackPublicSetupDeps {
  actions: ActionsPublicSetupLike;
}

/** Registers the models of this package's connector types with the actions plugin in the browser. */
export class ConnectorsElasticStackPublicPlugin {
  // Core is not used: all this package adds goes through the actions plugin.
  public setup(_core: unknown, { actions }: ConnectorsElasticStackPublicSetupDeps): void {
    for (const model of [getServerLogConnectorTypeModel(), getEsIndexConnectorTypeModel(), getCasesConnectorTypeModel(), getObservabilityAiAssistantConnectorTypeModel()]) {
      actions.connectorTypeRegistry.register(model);
    }
  }

  public start(): void {}
}
