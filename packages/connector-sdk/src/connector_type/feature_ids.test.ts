import { getInvalidFeatureIds } from './feature_ids';

describe('getInvalidFeatureIds', () => {
  it('names the ids that are not feature ids, in order', () => {
    expect(getInvalidFeatureIds(['alerting', 'security', 'x'])).toEqual(['security', 'x']);
    expect(getInvalidFeatureIds(['alerting', 'siem'])).toEqual([]);
  });
});
