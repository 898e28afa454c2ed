import { AlertingConnectorFeatureId, SecurityConnectorFeatureId, UptimeConnectorFeatureId, type ConnectorType } from '@kbn/connector-sdk';
import { CASES_CONNECTOR_TYPE_ID, CASES_CONNECTOR_TYPE_NAME } from '../../../common';
import type { SystemActionHandlerSlot } from '../../system_actions/system_action_handler';
import { configSchema, paramsSchema, secretsSchema, type CasesConfig, type CasesParams, type CasesSecrets } from './schema';

/** The privileges of the cases feature a run needs for the case's owner (`securitySolution`, `observability`, `cases`). */
export function casesKibanaPrivileges(owner: string): string[] {
  return ['createCase', 'updateCase', 'deleteCase', 'pushCase', 'createComment', 'updateComment', 'deleteComment', 'findConfigurations', 'reopenCase'].map(
    (operation) => `cases:${owner}/${operation}`
  );
}

/**
 * Cases (Kibana's `.cases` system action): rules attach their alerts to cases, grouped and
 * deduplicated. The work is the cases feature's; this type hands each run to its handler.
 */
export function getCasesConnectorType(handler: SystemActionHandlerSlot<CasesParams>): ConnectorType<CasesConfig, CasesSecrets, CasesParams> {
  return {
    id: CASES_CONNECTOR_TYPE_ID,
    name: CASES_CONNECTOR_TYPE_NAME,
    minimumLicenseRequired: 'platinum',
    supportedFeatureIds: [UptimeConnectorFeatureId, AlertingConnectorFeatureId, SecurityConnectorFeatureId],
    isSystemActionType: true,
    validate: {
      config: { schema: configSchema },
      secrets: { schema: secretsSchema },
      params: { schema: paramsSchema },
    },
    getKibanaPrivileges: (args) => {
      const owner = args?.params?.subActionParams?.owner;
      if (!owner) throw new Error('Cannot authorize cases. Owner is not defined in the subActionParams.');
      return casesKibanaPrivileges(owner);
    },
    executor: handler.executor(),
  };
}
