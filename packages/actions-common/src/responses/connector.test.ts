import type * as t from 'io-ts';
import { decode, decodeOrThrow } from '../decoding/decode';
import {
  connectorListItemResponseCodec,
  connectorResponseCodec,
  getAllConnectorsResponseCodec,
} from './connector';
import {
  asNewestKibanaConnector,
  createEmailConnectorResponse,
  createIndexConnectorResponse,
  createWebhookConnectorResponse,
  createXmattersConnectorResponse,
  getConnectorResponse,
  getConnectorsResponse,
} from './openapi_examples.mock';

function errorMessage(codec: t.Mixed, value: unknown): string {
  const result = decode(codec, value);
  if (result.ok) throw new Error('expected the value to be refused');
  return result.error.message;
}

describe('connectorResponseCodec', () => {
  it.each([
    ['create email', createEmailConnectorResponse],
    ['create index', createIndexConnectorResponse],
    ['create webhook', createWebhookConnectorResponse],
    ['create xMatters', createXmattersConnectorResponse],
    ['get', getConnectorResponse],
  ])('accepts the OpenAPI %s example, 8.x and 9.x shaped', (_, example) => {
    expect(decodeOrThrow(connectorResponseCodec, example)).toEqual(example);
    const newest = asNewestKibanaConnector(example);
    expect(decodeOrThrow(connectorResponseCodec, newest)).toEqual(newest);
  });

  it('accepts a preconfigured connector without config or is_missing_secrets', () => {
    const preconfigured = {
      id: 'my-slack',
      name: 'Slack (preconfigured)',
      connector_type_id: '.slack',
      is_preconfigured: true,
      is_deprecated: false,
      is_system_action: false,
      is_connector_type_deprecated: false,
    };
    expect(decodeOrThrow(connectorResponseCodec, preconfigured)).toEqual(preconfigured);
  });

  it('keeps keys it does not know, such as a newer auth_mode', () => {
    const value = { ...getConnectorResponse, auth_mode: 'shared', something_newer: 1 };
    expect(decodeOrThrow(connectorResponseCodec, value)).toEqual(value);
  });

  it.each([
    [
      { ...getConnectorResponse, connector_type_id: 42 },
      '[connector_type_id]: expected value of type [string] but got [number]',
    ],
    [
      { ...getConnectorResponse, is_preconfigured: 'false' },
      '[is_preconfigured]: expected value of type [boolean] but got [string]',
    ],
    [
      { ...getConnectorResponse, config: [] },
      '[config]: expected value of type [Record<string, unknown>] but got [Array]',
    ],
    [
      { ...getConnectorResponse, config: null },
      '[config]: expected value of type [Record<string, unknown>] but got [null]',
    ],
    [
      { ...getConnectorResponse, is_missing_secrets: 0 },
      '[is_missing_secrets]: expected value of type [boolean] but got [number]',
    ],
    [
      { ...getConnectorResponse, is_connector_type_deprecated: 'no' },
      '[is_connector_type_deprecated]: expected value of type [boolean] but got [string]',
    ],
    ['a string', 'expected value of type [ConnectorResponse] but got [string]'],
    [null, 'expected value of type [ConnectorResponse] but got [null]'],
    [[getConnectorResponse], 'expected value of type [ConnectorResponse] but got [Array]'],
  ])('refuses %j naming the path', (value, problem) => {
    expect(errorMessage(connectorResponseCodec, value)).toBe(`Invalid ConnectorResponse: ${problem}`);
  });

  it('lists every missing required field', () => {
    expect(errorMessage(connectorResponseCodec, { id: 'x' })).toBe(
      'Invalid ConnectorResponse: ' +
        [
          '[name]: expected value of type [string] but got [undefined]',
          '[connector_type_id]: expected value of type [string] but got [undefined]',
          '[is_preconfigured]: expected value of type [boolean] but got [undefined]',
          '[is_deprecated]: expected value of type [boolean] but got [undefined]',
          '[is_system_action]: expected value of type [boolean] but got [undefined]',
        ].join('; ')
    );
  });

  it('throws a DecodeError from decodeOrThrow', () => {
    expect(() => decodeOrThrow(connectorResponseCodec, { ...getConnectorResponse, name: 1 })).toThrow(
      'Invalid ConnectorResponse: [name]: expected value of type [string] but got [number]'
    );
  });
});

describe('connectorListItemResponseCodec', () => {
  it('needs referenced_by_count, which only the list carries', () => {
    expect(errorMessage(connectorListItemResponseCodec, getConnectorResponse)).toBe(
      'Invalid ConnectorListItemResponse: [referenced_by_count]: expected value of type [number] but got [undefined]'
    );
  });

  it('accepts inbound_events_enabled from the newest Kibana', () => {
    const item = { ...getConnectorsResponse[1], inbound_events_enabled: false };
    expect(decodeOrThrow(connectorListItemResponseCodec, item)).toEqual(item);
  });
});

describe('getAllConnectorsResponseCodec', () => {
  it('accepts the OpenAPI list example, 8.x and 9.x shaped', () => {
    expect(decodeOrThrow(getAllConnectorsResponseCodec, getConnectorsResponse)).toEqual(
      getConnectorsResponse
    );
    const newest = getConnectorsResponse.map(asNewestKibanaConnector);
    expect(decodeOrThrow(getAllConnectorsResponseCodec, newest)).toEqual(newest);
  });

  it('accepts an empty list', () => {
    expect(decodeOrThrow(getAllConnectorsResponseCodec, [])).toEqual([]);
  });

  it('names the item and field that are wrong', () => {
    const [first, second] = getConnectorsResponse;
    const value = [first, { ...second, referenced_by_count: '2', is_system_action: undefined }];
    expect(errorMessage(getAllConnectorsResponseCodec, value)).toBe(
      'Invalid GetAllConnectorsResponse: ' +
        '[1.is_system_action]: expected value of type [boolean] but got [undefined]; ' +
        '[1.referenced_by_count]: expected value of type [number] but got [string]'
    );
  });

  it('refuses an object where the list should be', () => {
    expect(errorMessage(getAllConnectorsResponseCodec, { data: [] })).toBe(
      'Invalid GetAllConnectorsResponse: expected value of type [GetAllConnectorsResponse] but got [Object]'
    );
  });
});
