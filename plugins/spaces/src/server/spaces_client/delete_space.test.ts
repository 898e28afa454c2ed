import { describeEachStore } from '@kbn/test';
import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';

// Objects of a `single`-namespace type from the fixture plugin, written through its routes.
describeEachStore('deleting a space deletes its saved objects', (getStore) => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ storageUrl: getStore().url, withFixture: true });
    for (const id of ['team-a', 'team-b']) {
      expect((await server.request('POST', '/api/spaces/space', { id, name: id })).status).toBe(200);
    }
    const notes: Array<[string, string]> = [
      ['/s/team-a', 'a1'],
      ['/s/team-a', 'a2'],
      ['/s/team-b', 'b1'],
      ['', 'd1'],
    ];
    for (const [prefix, text] of notes) {
      const created = await server.request<{ namespaces: string[] }>('POST', `${prefix}/api/spaces_fixture/note`, { text });
      expect(created.status).toBe(200);
    }
  });

  afterAll(() => server?.stop());

  const texts = async (prefix: string) => (await server.request<{ texts: string[] }>('GET', `${prefix}/api/spaces_fixture/notes`)).body.texts;

  test('each space sees only its own objects', async () => {
    expect(await texts('/s/team-a')).toEqual(['a1', 'a2']);
    expect(await texts('/s/team-b')).toEqual(['b1']);
    expect(await texts('')).toEqual(['d1']);
  });

  test('after DELETE, the space’s objects are gone from the store and the other spaces keep theirs', async () => {
    expect((await server.request('DELETE', '/api/spaces/space/team-a')).status).toBe(204);
    const repository = server.root.core.savedObjects.createInternalRepository();
    expect((await repository.find({ type: 'fixture-note', namespaces: ['team-a'] })).total).toBe(0);
    expect(await texts('/s/team-b')).toEqual(['b1']);
    expect(await texts('')).toEqual(['d1']);
  });

  test('a space created again with the same id starts empty', async () => {
    expect((await server.request('POST', '/api/spaces/space', { id: 'team-a', name: 'Team A again' })).status).toBe(200);
    expect(await texts('/s/team-a')).toEqual([]);
  });
});
