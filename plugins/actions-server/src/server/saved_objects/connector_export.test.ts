import type { SavedObject } from '@kbn/core-server';
import { connectorImportWarnings, transformConnectorForExport } from './connector_export';
import type { RawConnector } from './raw_connector';

const connector = (actionTypeId: string, config: Record<string, unknown> = {}, isMissingSecrets = false): SavedObject<RawConnector> => ({
  id: `id-${actionTypeId}`,
  type: 'action',
  references: [],
  attributes: { actionTypeId, name: 'n', isMissingSecrets, config, secrets: { token: 'secret' } },
});

describe('connector export and import hooks', () => {
  const secretsRequired = (typeId: string) => typeId === '.slack';

  test('secrets never leave; a type that needs secrets is marked missing them', () => {
    expect(transformConnectorForExport(connector('.slack'), secretsRequired).attributes).toEqual({
      actionTypeId: '.slack',
      name: 'n',
      isMissingSecrets: true,
      config: {},
      secrets: {},
    });
  });

  test('optional secrets: missing only when config.hasAuth is true', () => {
    expect(transformConnectorForExport(connector('.webhook', { hasAuth: true }), secretsRequired).attributes.isMissingSecrets).toBe(true);
    expect(transformConnectorForExport(connector('.webhook', { hasAuth: false }), secretsRequired).attributes.isMissingSecrets).toBe(false);
    expect(transformConnectorForExport(connector('.server-log'), secretsRequired).attributes).toMatchObject({ isMissingSecrets: false, secrets: {} });
  });

  test('import warns with Kibana’s message, singular and plural', () => {
    expect(connectorImportWarnings([connector('.server-log')])).toEqual([]);
    expect(connectorImportWarnings([connector('.slack', {}, true)])[0]).toEqual({
      type: 'action_required',
      message: '1 connector has sensitive information that require updates.',
      actionPath: '/app/management/insightsAndAlerting/triggersActionsConnectors',
      buttonLabel: 'Go to connectors',
    });
    expect(connectorImportWarnings([connector('.slack', {}, true), connector('.jira', {}, true)])[0].message).toBe(
      '2 connectors have sensitive information that require updates.'
    );
  });
});
