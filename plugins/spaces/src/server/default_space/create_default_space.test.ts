import { describeEachStore, startTestPostgres, type TestPostgres } from '@kbn/test';
import { MemoryLogger } from '@kbn/core-server/mocks';
import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';
import { createDefaultSpace } from './create_default_space';

const KIBANA_DEFAULT_SPACE = {
  name: 'Default',
  description: 'This is your default space!',
  color: '#00bfb3',
  disabledFeatures: [],
  _reserved: true,
};

describeEachStore('the default space', (getStore) => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ storageUrl: getStore().url, config: { 'path.data': getStore().dataPath } });
  });

  afterAll(() => server?.stop());

  const repository = () => server.root.core.savedObjects.createInternalRepository(['space']);

  test('is stored at start with Kibana’s attributes, as an agnostic hidden `space` object', async () => {
    const stored = await repository().get('space', 'default');
    expect(stored.attributes).toEqual(KIBANA_DEFAULT_SPACE);
    expect(server.root.core.savedObjects.getTypeRegistry().isNamespaceAgnostic('space')).toBe(true);
    expect(server.root.core.savedObjects.getTypeRegistry().isHidden('space')).toBe(true);
    // Hidden: a repository that did not ask for the type cannot read it.
    await expect(server.root.core.savedObjects.createInternalRepository().get('space', 'default')).rejects.toThrow("Unsupported saved object type: 'space'");
  });

  test('is left as it is when it exists (a restart keeps a renamed default space)', async () => {
    await server.request('PUT', '/api/spaces/space/default', { id: 'default', name: 'Home' });
    await server.stop();
    server = await startSpacesTestServer({ storageUrl: getStore().url, config: { 'path.data': getStore().dataPath } });
    expect((await server.request('GET', '/api/spaces/space/default')).body).toMatchObject({ name: 'Home', _reserved: true });
    await server.request('PUT', '/api/spaces/space/default', { id: 'default', name: 'Default' });
  });

  test('concurrent creations all succeed and leave one space', async () => {
    const repo = repository();
    await repo.delete('space', 'default');
    const log = new MemoryLogger();
    await Promise.all(Array.from({ length: 5 }, () => createDefaultSpace({ repository: repo, log })));
    const { saved_objects: spaces } = await repo.find({ type: 'space', perPage: 100 });
    expect(spaces.filter((space) => space.id === 'default').map((space) => space.attributes)).toEqual([KIBANA_DEFAULT_SPACE]);
  });

  test('other store errors are not swallowed', async () => {
    const failing = { ...repository(), get: () => Promise.reject(new Error('store is down')) };
    await expect(createDefaultSpace({ repository: failing, log: new MemoryLogger() })).rejects.toThrow('store is down');
  });

  test('xpack.spaces.defaultSolution is given to the default space when it is created', async () => {
    await repository().delete('space', 'default');
    await server.stop();
    server = await startSpacesTestServer({ storageUrl: getStore().url, config: { 'path.data': getStore().dataPath, 'xpack.spaces.defaultSolution': 'es' } });
    expect((await server.request('GET', '/api/spaces/space/default')).body).toEqual({ id: 'default', ...KIBANA_DEFAULT_SPACE, solution: 'es' });
  });
});

// Several servers share a store only on PostgreSQL (SQLite is the one-process store).
describe('the default space, several servers starting at once on one PostgreSQL', () => {
  let postgres: TestPostgres | undefined;

  beforeAll(async () => {
    postgres = await startTestPostgres();
  }, 60_000);

  afterAll(() => postgres?.stop());

  test('all start, and there is one default space', async () => {
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => startSpacesTestServer({ storageUrl: postgres?.url })));
    const started = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    try {
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      for (const each of started) {
        const { body } = await each.request<Array<{ id: string }>>('GET', '/api/spaces/space');
        expect(body).toEqual([{ id: 'default', ...KIBANA_DEFAULT_SPACE }]);
      }
    } finally {
      await Promise.all(started.map((each) => each.stop()));
    }
  });
});
