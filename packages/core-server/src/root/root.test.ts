import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '../mocks';

const fixtures = join(__dirname, '..', '..', 'test_fixtures');
const headers = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };

describe('Root with fixture plugins', () => {
  let server: TestRoot;

  beforeAll(async () => {
    server = await createTestRoot({ pluginSearchPaths: [join(fixtures, 'plugins')], config: { 'fixtures.alpha.greeting': 'hi' } });
  });

  afterAll(() => server?.stop());

  test('serves GET /api/status in Kibana shape', async () => {
    const res = await fetch(`${server.url}/api/status`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, never>;
    expect(body).toMatchObject({
      version: { number: expect.any(String), build_snapshot: false },
      status: {
        overall: { level: 'available', summary: 'All services and plugins are available' },
        core: { storage: { level: 'available' }, http: { level: 'available' } },
        plugins: { alpha: { level: 'available' }, beta: { level: 'available' } },
      },
    });
    expect(body.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('plugins get their config, their dependencies only, and start contracts later', async () => {
    const body = await (await fetch(`${server.url}/api/beta`)).json();
    expect(body).toEqual({ greeting: 'hi, beta', dependencies: ['alpha'], alphaStarted: true });
    expect(server.plugins.get('alpha')).toEqual({ started: true });
  });

  test('handlers get a saved objects client scoped to the space of the URL', async () => {
    const res = await fetch(`${server.url}/s/team-a/api/alpha/note`, { method: 'POST', headers, body: JSON.stringify({ text: 'x' }) });
    expect(await res.json()).toMatchObject({ space: 'team-a', namespaces: ['team-a'] });
    const repo = server.core.savedObjects.createInternalRepository();
    expect((await repo.find({ type: 'note', namespace: 'team-a' })).total).toBe(1);
    expect((await repo.find({ type: 'note', namespace: 'default' })).total).toBe(0);
  });

  test('the instance uuid is kept in path.data', async () => {
    const { readFileSync } = await import('node:fs');
    const status = (await (await fetch(`${server.url}/api/status`)).json()) as { uuid: string };
    expect(readFileSync(join(server.dataPath, 'uuid'), 'utf8')).toBe(status.uuid);
  });
});

describe('--plugin-path', () => {
  test('loads a plugin folder besides the search paths', async () => {
    const server = await createTestRoot({ pluginSearchPaths: [], pluginPaths: [join(fixtures, 'plugins', 'alpha')] });
    try {
      expect(server.plugins.get('alpha')).toEqual({ started: true });
    } finally {
      await server.stop();
    }
  });

  test('a folder without a manifest is a clear error', async () => {
    await expect(createTestRoot({ pluginSearchPaths: [], pluginPaths: [fixtures] })).rejects.toThrow(`No plugin at [${fixtures}]: it has no kibana.jsonc`);
  });
});

describe('Root start failures', () => {
  test('a missing required plugin names both plugins', async () => {
    await expect(createTestRoot({ pluginSearchPaths: [join(fixtures, 'missing')] })).rejects.toThrow(
      'Plugin "needy" requires plugin(s) [nope], which are not installed or are disabled.'
    );
  });

  test('a dependency cycle names the cycle', async () => {
    await expect(createTestRoot({ pluginSearchPaths: [join(fixtures, 'cycle')] })).rejects.toThrow(
      'Plugins have a dependency cycle: [first -> second -> first]'
    );
  });

  test('a plugin that fails in setup is named', async () => {
    await expect(createTestRoot({ pluginSearchPaths: [join(fixtures, 'failing')] })).rejects.toThrow('Plugin "broken" failed to setup: cannot reach the moon');
  });

  test('an unknown setting fails start', async () => {
    await expect(createTestRoot({ pluginSearchPaths: [join(fixtures, 'plugins')], config: { 'fixtures.alpha.nope': 1 } })).rejects.toThrow(
      '[config validation of [fixtures.alpha].nope]: definition for this key is missing'
    );
    await expect(createTestRoot({ pluginSearchPaths: [join(fixtures, 'plugins')], config: { 'no.such.key': 1 } })).rejects.toThrow(
      'Unknown configuration key(s): "no.such.key".'
    );
  });

  test('a disabled plugin is skipped, and so is what requires it', async () => {
    const server = await createTestRoot({ pluginSearchPaths: [join(fixtures, 'plugins')], config: { 'fixtures.alpha.enabled': false } });
    try {
      expect([...server.plugins.keys()]).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
