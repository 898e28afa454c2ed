import {
  AlertingConnectorFeatureId,
  SecurityConnectorFeatureId,
  UptimeConnectorFeatureId,
  errorResult,
  messageOf,
  renderMustacheObject,
  retryResult,
  successResult,
  type ConnectorType,
  type ConnectorTypeExecutorResult,
} from '@kbn/connector-sdk';
import type { ElasticsearchClient, Logger } from '@kbn/core-server';
import { ES_INDEX_CONNECTOR_TYPE_ID, ES_INDEX_CONNECTOR_TYPE_NAME } from '../../../common';
import { ALERT_HISTORY_ES_INDEX_CONNECTOR_ID, buildAlertHistoryDocument } from './alert_history_document';
import { describeBulkFailure } from './bulk_errors';
import { configSchema, paramsSchema, secretsSchema, type EsIndexConfig, type EsIndexParams, type EsIndexSecrets } from './schema';

/** Kibana's message for every failure of this type; the details are in the service message. */
export const ERROR_INDEXING_MESSAGE = 'error indexing documents';

/** Said when kibana.yml has no Elasticsearch: the type is listed and connectors can be made, but they cannot run. */
export const NO_ELASTICSEARCH_MESSAGE =
  'Unable to index documents: no Elasticsearch is configured. Set elasticsearch.hosts, with elasticsearch.username and elasticsearch.password, elasticsearch.serviceAccountToken or elasticsearch.apiKey, in kibana.yml.';

export interface EsIndexConnectorDeps {
  /** Kibana's own client (`elasticsearch.*`), or undefined when no hosts are configured. */
  getElasticsearchClient(): Promise<ElasticsearchClient | undefined>;
}

/** Index (Kibana's `.index`): writes the params' documents to the connector's index with one bulk request. */
export function getEsIndexConnectorType(deps: EsIndexConnectorDeps): ConnectorType<EsIndexConfig, EsIndexSecrets, EsIndexParams, unknown> {
  return {
    id: ES_INDEX_CONNECTOR_TYPE_ID,
    name: ES_INDEX_CONNECTOR_TYPE_NAME,
    minimumLicenseRequired: 'basic',
    supportedFeatureIds: [AlertingConnectorFeatureId, UptimeConnectorFeatureId, SecurityConnectorFeatureId],
    validate: {
      config: { schema: configSchema },
      secrets: { schema: secretsSchema },
      params: { schema: paramsSchema },
    },
    // With a rule's variables: templates rendered in the documents; only the alert history
    // connector keeps an index override, and writes the alert history document (as Kibana).
    renderParameterTemplates: (logger, params, variables, actionId) => {
      const { documents, indexOverride } = renderMustacheObject(logger, params, variables);
      if (actionId !== ALERT_HISTORY_ES_INDEX_CONNECTOR_ID) return { documents, indexOverride: null };
      const document = buildAlertHistoryDocument(variables);
      if (!document) throw new Error(`error creating alert history document for ${actionId} connector`);
      return { documents: [document], indexOverride };
    },
    executor: async ({ actionId, config, params, logger, signal }) => {
      const client = await deps.getElasticsearchClient();
      if (!client) return errorResult(actionId, NO_ELASTICSEARCH_MESSAGE, { errorSource: 'user' });

      const timeField = config.executionTimeField?.trim() ?? '';
      const executedAt = new Date().toISOString();
      const operations = params.documents.flatMap((document) => [{ create: {} }, timeField === '' ? document : { ...document, [timeField]: executedAt }]);
      try {
        const response = await client.bulk({ index: params.indexOverride ?? config.index, operations, refresh: config.refresh }, { signal });
        if (!response.errors) return successResult(actionId, response);
        const failure = describeBulkFailure(response.items);
        return failed(actionId, failure.message, logger, failure.allThrottled);
      } catch (error) {
        return failed(actionId, messageOf(error), logger, statusOf(error) === 429);
      }
    },
  };
}

function failed(actionId: string, serviceMessage: string, logger: Logger, retry: boolean): ConnectorTypeExecutorResult<never> {
  logger.error(`${ERROR_INDEXING_MESSAGE}: ${serviceMessage}`);
  return retry ? retryResult(actionId, ERROR_INDEXING_MESSAGE, serviceMessage) : errorResult(actionId, ERROR_INDEXING_MESSAGE, { serviceMessage });
}

/** The HTTP status of the client's `ResponseError`, read by shape (this package does not load the client). */
function statusOf(error: unknown): number | undefined {
  return (error as { meta?: { statusCode?: number } } | null)?.meta?.statusCode;
}
