import type * as t from 'io-ts';
import { decode, decodeOrThrow } from '../decoding/decode';
import {
  connectorTypeResponseCodec,
  getAllConnectorTypesResponseCodec,
  licenseTypeCodec,
} from './connector_type';
import {
  asNewestKibanaConnectorType,
  getConnectorTypesGenerativeAiResponse,
  getConnectorTypesResponse,
} from './openapi_examples.mock';

const slackType = {
  id: '.slack',
  name: 'Slack',
  enabled: true,
  enabled_in_config: true,
  enabled_in_license: true,
  minimum_license_required: 'gold',
  supported_feature_ids: ['alerting', 'uptime', 'siem'],
  is_system_action_type: false,
  is_deprecated: false,
};

function errorMessage(codec: t.Mixed, value: unknown): string {
  const result = decode(codec, value);
  if (result.ok) throw new Error('expected the value to be refused');
  return result.error.message;
}

describe('connectorTypeResponseCodec', () => {
  it.each([
    ['connector types', getConnectorTypesResponse],
    ['generative AI connector types', getConnectorTypesGenerativeAiResponse],
  ])('accepts the OpenAPI %s example as Kibana 9.x sends it', (_, example) => {
    const newest = example.map(asNewestKibanaConnectorType);
    expect(decodeOrThrow(getAllConnectorTypesResponseCodec, newest)).toEqual(newest);
  });

  it('needs is_deprecated, which the 8.x examples lack and every 9.x server sends', () => {
    expect(errorMessage(connectorTypeResponseCodec, getConnectorTypesGenerativeAiResponse[0])).toBe(
      'Invalid ConnectorTypeResponse: [is_deprecated]: expected value of type [boolean] but got [undefined]'
    );
  });

  it('accepts the optional sub_feature, allow_multiple_system_actions and source', () => {
    const endpoint = {
      ...slackType,
      id: '.sentinelone',
      sub_feature: 'endpointSecurity',
      source: 'stack',
    };
    const cases = {
      ...slackType,
      id: '.cases',
      is_system_action_type: true,
      allow_multiple_system_actions: false,
      source: 'yml',
    };
    expect(decodeOrThrow(connectorTypeResponseCodec, endpoint)).toEqual(endpoint);
    expect(decodeOrThrow(connectorTypeResponseCodec, cases)).toEqual(cases);
  });

  it('accepts feature ids it does not know, as Kibana declares them strings', () => {
    const value = { ...slackType, supported_feature_ids: ['generativeAI', 'somethingNew'] };
    expect(decodeOrThrow(connectorTypeResponseCodec, value)).toEqual(value);
  });

  it.each([
    [
      { ...slackType, minimum_license_required: 'free' },
      '[minimum_license_required]: expected value of type ["basic" | "standard" | "gold" | "platinum" | "enterprise" | "trial"] but got [string]',
    ],
    [
      { ...slackType, supported_feature_ids: 'alerting' },
      '[supported_feature_ids]: expected value of type [Array<string>] but got [string]',
    ],
    [
      { ...slackType, supported_feature_ids: ['alerting', 7] },
      '[supported_feature_ids.1]: expected value of type [string] but got [number]',
    ],
    [
      { ...slackType, enabled_in_license: null },
      '[enabled_in_license]: expected value of type [boolean] but got [null]',
    ],
    [
      { ...slackType, sub_feature: 'siem' },
      '[sub_feature]: expected value of type ["endpointSecurity"] but got [string]',
    ],
    [
      { ...slackType, source: 'plugin' },
      '[source]: expected value of type ["yml" | "spec" | "stack"] but got [string]',
    ],
    [
      { ...slackType, allow_multiple_system_actions: 'yes' },
      '[allow_multiple_system_actions]: expected value of type [boolean] but got [string]',
    ],
  ])('refuses %j naming the path', (value, problem) => {
    expect(errorMessage(connectorTypeResponseCodec, value)).toBe(
      `Invalid ConnectorTypeResponse: ${problem}`
    );
  });

  it('names the list index in a list', () => {
    const value = [slackType, { ...slackType, is_system_action_type: 'false' }];
    expect(errorMessage(getAllConnectorTypesResponseCodec, value)).toBe(
      'Invalid GetAllConnectorTypesResponse: [1.is_system_action_type]: expected value of type [boolean] but got [string]'
    );
  });
});

describe('licenseTypeCodec', () => {
  it.each(['basic', 'standard', 'gold', 'platinum', 'enterprise', 'trial'])('accepts %j', (license) => {
    expect(licenseTypeCodec.is(license)).toBe(true);
  });

  it.each(['Gold', 'free', '', 'toString'])('refuses %j', (license) => {
    expect(licenseTypeCodec.is(license)).toBe(false);
  });
});
