import type { TestStore } from '@kbn/test';
import { startActionsTestServer } from '../test_support/actions_test_server.mock';
import { ALERT_HISTORY_ES_INDEX_CONNECTOR_ID, getAlertHistoryEsIndexConnector } from './alert_history_es_index';

describe('xpack.actions.preconfiguredAlertHistoryEsIndex', () => {
  test('Kibana’s alert history connector: an .index connector on kibana-alert-history-default', () => {
    expect(getAlertHistoryEsIndexConnector()).toEqual({
      id: 'preconfigured-alert-history-es-index',
      actionTypeId: '.index',
      name: 'Alert history Elasticsearch index',
      config: { index: 'kibana-alert-history-default' },
      secrets: {},
      isPreconfigured: true,
      isSystemAction: false,
      isDeprecated: false,
      exposeConfig: false,
    });
  });

  describe('in a server', () => {
    // The test root keeps SQLite in a folder of its own; the engine does not matter here.
    const store: TestStore = { dialect: 'sqlite', dataPath: '' };

    test('off by default: no such connector', async () => {
      const server = await startActionsTestServer(store);
      try {
        const { body } = await server.api('GET', '/api/actions/connectors');
        expect((body as Array<{ id: string }>).map((connector) => connector.id)).not.toContain(ALERT_HISTORY_ES_INDEX_CONNECTOR_ID);
      } finally {
        await server.stop();
      }
    }, 60_000);

    test('on without the .index type (no @kbn/connectors-elastic-stack): start fails naming the connector', async () => {
      await expect(startActionsTestServer(store, { 'xpack.actions.preconfiguredAlertHistoryEsIndex': true })).rejects.toThrow(
        'Preconfigured connector "preconfigured-alert-history-es-index" is invalid: Action type ".index" is not registered.'
      );
    }, 60_000);
  });
});
