import { createTestRoot } from '@kbn/core-server/mocks';
import { deploymentIdFromUrl, type CloudServerStart } from './plugin';

const contractWith = async (config: Record<string, unknown>) => {
  const server = await createTestRoot({ plugins: ['cloud'], config });
  try {
    return server.plugins.get('cloud') as CloudServerStart;
  } finally {
    await server.stop();
  }
};

describe('cloud settings', () => {
  test('self-managed: nothing set, nothing derived', async () => {
    expect(await contractWith({})).toEqual({
      cloudId: undefined,
      deploymentId: undefined,
      isCloudEnabled: false,
      isServerlessEnabled: false,
      serverless: { projectId: undefined, projectName: undefined, projectType: undefined },
    });
  });

  test('Elastic Cloud: the deployment id from xpack.cloud.deployment_url', async () => {
    const contract = await contractWith({ 'xpack.cloud.id': 'my-deployment:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyRhYmMkZGVm', 'xpack.cloud.deployment_url': '/deployments/d3f00d' });
    expect(contract).toMatchObject({ isCloudEnabled: true, deploymentId: 'd3f00d', isServerlessEnabled: false });
  });

  test('serverless: the project id', async () => {
    expect(await contractWith({ 'xpack.cloud.serverless.project_id': 'p-123', 'xpack.cloud.serverless.project_type': 'security' })).toMatchObject({
      isServerlessEnabled: true,
      serverless: { projectId: 'p-123', projectType: 'security' },
    });
  });

  test.each([
    ['/deployments/abc123', 'abc123'],
    ['https://cloud.elastic.co/deployments/abc123', 'abc123'],
    ['/deployments/', undefined],
    [undefined, undefined],
  ])('deploymentIdFromUrl(%s) is %s', (url, id) => {
    expect(deploymentIdFromUrl(url)).toBe(id);
  });
});
