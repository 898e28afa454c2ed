import {
  CONNECTOR_FEATURE_IDS,
  areValidFeatures,
  isConnectorFeatureId,
} from './connector_feature_ids';

describe('connector feature ids', () => {
  it('lists Kibana feature ids, each once', () => {
    expect(CONNECTOR_FEATURE_IDS).toEqual([
      'alerting',
      'cases',
      'uptime',
      'siem',
      'generativeAIForSecurity',
      'generativeAIForObservability',
      'generativeAIForSearchPlayground',
      'endpointSecurity',
      'workflows',
      'agentBuilder',
      'contextEngine',
    ]);
    expect(new Set(CONNECTOR_FEATURE_IDS).size).toBe(CONNECTOR_FEATURE_IDS.length);
  });

  it.each([
    ['alerting', true],
    ['siem', true],
    ['generativeAIForSecurity', true],
    ['security', false],
    ['Alerting', false],
    ['', false],
    ['__proto__', false],
    ['toString', false],
  ])('isConnectorFeatureId(%j) is %s', (id, expected) => {
    expect(isConnectorFeatureId(id)).toBe(expected);
  });

  it.each([
    [[], true],
    [['alerting', 'cases', 'uptime'], true],
    [['alerting', 'nope'], false],
    [['generativeAI'], false],
  ])('areValidFeatures(%j) is %s', (ids, expected) => {
    expect(areValidFeatures(ids)).toBe(expected);
  });
});
