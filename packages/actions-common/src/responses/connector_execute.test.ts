import { decode, decodeOrThrow } from '../decoding/decode';
import { connectorExecuteResponseCodec } from './connector_execute';
import {
  runIndexConnectorResponse,
  runJiraConnectorResponse,
  runServerLogConnectorResponse,
  runSwimlaneConnectorResponse,
} from './openapi_examples.mock';

const failed = {
  connector_id: 'my-slack',
  status: 'error',
  message: 'error posting slack message',
  service_message: 'Status code: 503. Message: Service Unavailable',
  retry: true,
  errorSource: 'framework',
};

function errorMessage(value: unknown): string {
  const result = decode(connectorExecuteResponseCodec, value);
  if (result.ok) throw new Error('expected the value to be refused');
  return result.error.message;
}

describe('connectorExecuteResponseCodec', () => {
  it.each([
    ['index', runIndexConnectorResponse],
    ['Jira (data is a list)', runJiraConnectorResponse],
    ['server log (no data)', runServerLogConnectorResponse],
    ['Swimlane', runSwimlaneConnectorResponse],
  ])('accepts the OpenAPI %s example', (_, example) => {
    expect(decodeOrThrow(connectorExecuteResponseCodec, example)).toEqual(example);
  });

  it.each([
    [true],
    [false],
    [null],
    ['2024-05-01T10:00:30.000Z'],
    [undefined],
  ])('accepts retry %j', (retry) => {
    const value = { ...failed, retry };
    expect(decodeOrThrow(connectorExecuteResponseCodec, value)).toEqual(value);
  });

  it.each([['user'], ['framework']])('accepts errorSource %j', (errorSource) => {
    const value = { ...failed, errorSource };
    expect(decodeOrThrow(connectorExecuteResponseCodec, value)).toEqual(value);
  });

  it('accepts any data, including null and scalars', () => {
    for (const data of [null, 0, 'text', [], { nested: { deep: [1] } }]) {
      const value = { connector_id: 'x', status: 'ok', data };
      expect(decodeOrThrow(connectorExecuteResponseCodec, value)).toEqual(value);
    }
  });

  it.each([
    [
      { ...failed, status: 'failed' },
      '[status]: expected value of type ["ok" | "error"] but got [string]',
    ],
    [
      { ...failed, retry: 'in a minute' },
      '[retry]: expected value of type [boolean | IsoDateString | null] but got [string]',
    ],
    [
      { ...failed, retry: 30000 },
      '[retry]: expected value of type [boolean | IsoDateString | null] but got [number]',
    ],
    [
      { ...failed, errorSource: 'service' },
      '[errorSource]: expected value of type ["user" | "framework"] but got [string]',
    ],
    [
      { ...failed, service_message: { code: 503 } },
      '[service_message]: expected value of type [string] but got [Object]',
    ],
    [
      { ...failed, connector_id: undefined },
      '[connector_id]: expected value of type [string] but got [undefined]',
    ],
  ])('refuses %j naming the path', (value, problem) => {
    expect(errorMessage(value)).toBe(`Invalid ConnectorExecuteResponse: ${problem}`);
  });

  it('does not take camelCase field names for the snake_case ones', () => {
    expect(errorMessage({ actionId: 'x', status: 'ok' })).toBe(
      'Invalid ConnectorExecuteResponse: [connector_id]: expected value of type [string] but got [undefined]'
    );
  });
});
