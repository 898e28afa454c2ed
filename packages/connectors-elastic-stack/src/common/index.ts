/** The ids and names of this package's connector types, shared by its server and browser sides. */
export const SERVER_LOG_CONNECTOR_TYPE_ID = '.server-log';
export const SERVER_LOG_CONNECTOR_TYPE_NAME = 'Server log';

export const ES_INDEX_CONNECTOR_TYPE_ID = '.index';
export const ES_INDEX_CONNECTOR_TYPE_NAME = 'Index';

export const CASES_CONNECTOR_TYPE_ID = '.cases';
export const CASES_CONNECTOR_TYPE_NAME = 'Cases';

export const OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_ID = '.observability-ai-assistant';
export const OBSERVABILITY_AI_ASSISTANT_CONNECTOR_TYPE_NAME = 'Observability AI Assistant';

/**
 * Kibana's alert history index names (`ALERT_HISTORY_PREFIX`); an Index connector's
 * `indexOverride` must start with it. The actions plugin owns the preconfigured connector that
 * writes there (`preconfigured-alert-history-es-index`); this copy is for the browser side too.
 */
export const ALERT_HISTORY_PREFIX = 'kibana-alert-history-';
