import { startSpacesTestServer } from './spaces_test_server.mock';
import { configSchema } from './config';

describe('xpack.spaces config', () => {
  test('defaults as in Kibana', () => {
    expect(configSchema.validate({})).toEqual({ enabled: true, maxSpaces: 1000, allowFeatureVisibility: true, allowSolutionVisibility: true });
  });

  test('visibility settings may be turned off only on serverless, with Kibana’s messages', () => {
    expect(() => configSchema.validate({ allowFeatureVisibility: false })).toThrow('[allowFeatureVisibility]: Feature visibility can only be disabled on serverless');
    expect(() => configSchema.validate({ allowSolutionVisibility: false })).toThrow('[allowSolutionVisibility]: Solution visibility can only be disabled on serverless');
  });

  test('is read from xpack.spaces in kibana.yml; bad values and unknown keys fail start', async () => {
    await expect(startSpacesTestServer({ config: { 'xpack.spaces.maxSpaces': 'many' } })).rejects.toThrow(
      '[config validation of [xpack.spaces].maxSpaces]: expected value of type [number] but got [string]'
    );
    await expect(startSpacesTestServer({ config: { 'xpack.spaces.nope': true } })).rejects.toThrow(
      '[config validation of [xpack.spaces].nope]: definition for this key is missing'
    );
  });

  test('xpack.spaces.enabled: false leaves the plugin out', async () => {
    const server = await startSpacesTestServer({ config: { 'xpack.spaces.enabled': false } });
    try {
      expect(server.root.plugins.has('spaces')).toBe(false);
      expect((await server.request('GET', '/api/spaces/space')).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
