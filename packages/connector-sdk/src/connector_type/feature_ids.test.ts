import { areValidFeatures, CONNECTOR_FEATURE_IDS, getInvalidFeatureIds, isConnectorFeatureId } from './feature_ids';

describe('connector feature ids', () => {
  it("lists Kibana's feature ids", () => {
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
  });

  it('validates a list of ids', () => {
    expect(isConnectorFeatureId('siem')).toBe(true);
    expect(areValidFeatures([])).toBe(true);
    expect(areValidFeatures(['alerting', 'cases'])).toBe(true);
    expect(areValidFeatures(['alerting', 'security'])).toBe(false);
    expect(getInvalidFeatureIds(['alerting', 'security', 'x'])).toEqual(['security', 'x']);
  });
});
