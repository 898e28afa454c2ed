import type { InMemoryConnector } from '../connectors/in_memory_connector';

/** Kibana's ids and names for the alert history connector (`AlertHistoryEsIndexConnectorId`, ...). */
export const ALERT_HISTORY_ES_INDEX_CONNECTOR_ID = 'preconfigured-alert-history-es-index';
export const ALERT_HISTORY_PREFIX = 'kibana-alert-history-';
export const ALERT_HISTORY_DEFAULT_INDEX_NAME = `${ALERT_HISTORY_PREFIX}default`;

/**
 * The `.index` connector `xpack.actions.preconfiguredAlertHistoryEsIndex: true` adds: rule actions
 * write alert history documents to `kibana-alert-history-default`. The `.index` type itself comes
 * from `@kbn/connectors-elastic-stack`; without it start fails naming this connector.
 */
export function getAlertHistoryEsIndexConnector(): InMemoryConnector {
  return {
    id: ALERT_HISTORY_ES_INDEX_CONNECTOR_ID,
    actionTypeId: '.index',
    name: 'Alert history Elasticsearch index',
    config: { index: ALERT_HISTORY_DEFAULT_INDEX_NAME },
    secrets: {},
    isPreconfigured: true,
    isSystemAction: false,
    isDeprecated: false,
    exposeConfig: false,
  };
}
