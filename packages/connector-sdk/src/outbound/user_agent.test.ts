import axios from 'axios';
import { buildUserAgent, deploymentIdFromCloudSettings } from './user_agent';

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

describe('deploymentIdFromCloudSettings', () => {
  it('takes the last segment of xpack.cloud.deployment_url', () => {
    expect(deploymentIdFromCloudSettings({ deployment_url: '/deployments/abc123' })).toBe('abc123');
    expect(deploymentIdFromCloudSettings({ id: 'name:Zm9v', deployment_url: 'https://cloud.elastic.co/deployments/xyz' })).toBe('xyz');
  });

  it('finds none without a deployment_url, whatever the cloud id', () => {
    expect(deploymentIdFromCloudSettings({})).toBeUndefined();
    expect(deploymentIdFromCloudSettings({ id: 'name:Zm9vJGJhcg==' })).toBeUndefined();
    expect(deploymentIdFromCloudSettings({ deployment_url: '/deployments/' })).toBeUndefined();
  });
});
