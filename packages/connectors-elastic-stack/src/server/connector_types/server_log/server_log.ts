import {
  AlertingConnectorFeatureId,
  SecurityConnectorFeatureId,
  UptimeConnectorFeatureId,
  errorResult,
  messageOf,
  successResult,
  type ConnectorType,
} from '@kbn/connector-sdk';
import { SERVER_LOG_CONNECTOR_TYPE_ID, SERVER_LOG_CONNECTOR_TYPE_NAME } from '../../../common';
import { configSchema, paramsSchema, secretsSchema, type ServerLogConfig, type ServerLogParams, type ServerLogSecrets } from './schema';

/**
 * As Kibana: control characters (but tabs) and the Unicode line and paragraph separators become
 * `;`, so one message is one log line and cannot forge lines of its own.
 */
const CONTROL_CHARACTERS = /[\x00-\x08\x0A-\x1F\x7F-\x9F\u2028\u2029]/g;
export const withoutControlCharacters = (text: string) => text.replace(CONTROL_CHARACTERS, ';');

/** Server log (Kibana's `.server-log`): writes `Server log: <message>` to the Kibana log at the given level. */
export function getServerLogConnectorType(): ConnectorType<ServerLogConfig, ServerLogSecrets, ServerLogParams> {
  return {
    id: SERVER_LOG_CONNECTOR_TYPE_ID,
    name: SERVER_LOG_CONNECTOR_TYPE_NAME,
    minimumLicenseRequired: 'basic',
    supportedFeatureIds: [AlertingConnectorFeatureId, UptimeConnectorFeatureId, SecurityConnectorFeatureId],
    validate: {
      config: { schema: configSchema },
      secrets: { schema: secretsSchema },
      params: { schema: paramsSchema },
    },
    executor: async ({ actionId, params, logger }) => {
      try {
        logger[params.level](`Server log: ${withoutControlCharacters(params.message)}`);
      } catch (error) {
        return errorResult(actionId, 'error logging message', { serviceMessage: messageOf(error) });
      }
      return successResult(actionId);
    },
  };
}
