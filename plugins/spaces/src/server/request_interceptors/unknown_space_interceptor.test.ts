import { startTestPostgres, type TestPostgres } from '@kbn/test';
import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';

const notFound = (spaceId: string) => ({ status: 404, body: { statusCode: 404, error: 'Not Found', message: `Space [${spaceId}] not found` } });

describe('API calls into a space that does not exist', () => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ withFixture: true });
  });

  afterAll(() => server?.stop());

  test('are answered 404, and nothing is written', async () => {
    expect(await server.request('POST', '/s/nowhere/api/spaces_fixture/note', { text: 'lost' })).toEqual(notFound('nowhere'));
    expect(await server.request('GET', '/s/nowhere/api/spaces_fixture/notes')).toEqual(notFound('nowhere'));
    const repository = server.root.core.savedObjects.createInternalRepository();
    expect((await repository.find({ type: 'fixture-note', namespaces: ['nowhere'] })).total).toBe(0);
  });

  test('the default space, with or without /s/default, is always there', async () => {
    expect((await server.request('POST', '/api/spaces_fixture/note', { text: 'home' })).status).toBe(200);
    expect((await server.request('GET', '/s/default/api/spaces_fixture/notes')).body).toEqual({ texts: ['home'] });
  });

  test('a space created in this process is usable at once, even right after a 404 for it', async () => {
    expect(await server.request('GET', '/s/late/api/spaces_fixture/notes')).toEqual(notFound('late'));
    expect((await server.request('POST', '/api/spaces/space', { id: 'late', name: 'Late' })).status).toBe(200);
    expect((await server.request('POST', '/s/late/api/spaces_fixture/note', { text: 'in late' })).status).toBe(200);
    expect((await server.request('GET', '/s/late/api/spaces_fixture/notes')).body).toEqual({ texts: ['in late'] });
  });

  test('a space deleted in this process answers 404 at once', async () => {
    expect((await server.request('POST', '/api/spaces/space', { id: 'brief', name: 'Brief' })).status).toBe(200);
    expect((await server.request('GET', '/s/brief/api/spaces_fixture/notes')).status).toBe(200);
    expect((await server.request('DELETE', '/api/spaces/space/brief')).status).toBe(204);
    expect(await server.request('POST', '/s/brief/api/spaces_fixture/note', { text: 'orphan' })).toEqual(notFound('brief'));
  });

  test('calls that are not API calls (pages, static files) pass', async () => {
    expect(await server.request('GET', '/s/nowhere/spaces_fixture/page')).toEqual({ status: 200, body: { spaceId: 'nowhere' } });
  });
});

// Several servers on one PostgreSQL: what one creates, the others see (see the README for deletes).
describe('API calls into a space created by another server', () => {
  let postgres: TestPostgres | undefined;
  const servers: SpacesTestServer[] = [];

  beforeAll(async () => {
    postgres = await startTestPostgres();
    for (let i = 0; i < 2; i++) servers.push(await startSpacesTestServer({ storageUrl: postgres.url, withFixture: true }));
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    await postgres?.stop();
  });

  test('work at once on a server that has not been asked about it before', async () => {
    const [first, second] = servers;
    expect((await first.request('POST', '/api/spaces/space', { id: 'shared', name: 'Shared' })).status).toBe(200);
    expect((await second.request('POST', '/s/shared/api/spaces_fixture/note', { text: 'via second' })).status).toBe(200);
    expect((await first.request('GET', '/s/shared/api/spaces_fixture/notes')).body).toEqual({ texts: ['via second'] });
  });
});
