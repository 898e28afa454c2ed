import * as api from './index';

describe('@kbn/actions-common public API', () => {
  it('exports Kibana constants with their values', () => {
    expect(api.BASE_ACTION_API_PATH).toBe('/api/actions');
    expect(api.INTERNAL_BASE_ACTION_API_PATH).toBe('/internal/actions');
    expect(api.ACTIONS_FEATURE_ID).toBe('actions');
    expect(api.CONNECTOR_ID_MAX_LENGTH).toBe(36);
  });

  it('exports Kibana id messages word for word', () => {
    expect(api.CONNECTOR_ID_REQUIRED_MESSAGE).toBe('Connector ID is required.');
    expect(api.CONNECTOR_ID_TOO_LONG_MESSAGE).toBe('Connector ID must be 36 characters or less.');
    expect(api.CONNECTOR_ID_INVALID_CHARACTERS_MESSAGE).toBe(
      'Connector ID must contain only lowercase letters, numbers, and hyphens.'
    );
  });

  it('goes from a name to an id the server accepts', () => {
    const id = api.suggestConnectorId('Équipe Été — alertes critiques de production');
    expect(id).toBe('equipe-ete-alertes-critiques-de-prod');
    expect(api.isValidConnectorId(id)).toBe(true);
  });

  it('decodes a response through the exported codecs', () => {
    const body: unknown = JSON.parse(
      '{"connector_id":"my-slack","status":"error","message":"failed","retry":"2024-05-01T10:00:30.000Z"}'
    );
    const result: api.ConnectorExecuteResponse = api.decodeOrThrow(
      api.connectorExecuteResponseCodec,
      body
    );
    expect(result.retry).toBe('2024-05-01T10:00:30.000Z');
    expect(() => api.decodeOrThrow(api.errorResponseBodyCodec, body)).toThrow(api.DecodeError);
  });
});
