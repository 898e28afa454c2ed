import axios from 'axios';
import { buildUserAgent } from './user_agent';

describe('buildUserAgent', () => {
  it('is plain axios/<version> off Elastic Cloud', () => {
    expect(buildUserAgent()).toBe(`axios/${axios.VERSION}`);
    expect(buildUserAgent({})).toBe(`axios/${axios.VERSION}`);
  });

  it('names the deployment, or the serverless project when there is one', () => {
    expect(buildUserAgent({ deploymentId: 'd1' })).toBe(`axios/${axios.VERSION} elastic (deployment:d1)`);
    expect(buildUserAgent({ projectId: 'p1' })).toBe(`axios/${axios.VERSION} elastic (project:p1)`);
    expect(buildUserAgent({ projectId: 'p1', deploymentId: 'd1' })).toBe(`axios/${axios.VERSION} elastic (project:p1)`);
  });
});
