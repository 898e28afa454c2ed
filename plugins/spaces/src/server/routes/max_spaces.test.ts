import { describeEachStore } from '@kbn/test';
import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';

describeEachStore('xpack.spaces.maxSpaces', (getStore) => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ storageUrl: getStore().url, config: { 'xpack.spaces.maxSpaces': 2 } });
  });

  afterAll(() => server?.stop());

  test('counts the default space; past the limit a create is a 400 with Kibana’s message', async () => {
    expect((await server.request('POST', '/api/spaces/space', { id: 'second', name: 'Second' })).status).toBe(200);
    expect(await server.request('POST', '/api/spaces/space', { id: 'third', name: 'Third' })).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Unable to create Space, this exceeds the maximum number of spaces set by the xpack.spaces.maxSpaces setting',
      },
    });
    expect((await server.request('GET', '/api/spaces/space/third')).status).toBe(404);
  });

  test('deleting a space makes room again', async () => {
    expect((await server.request('DELETE', '/api/spaces/space/second')).status).toBe(204);
    expect((await server.request('POST', '/api/spaces/space', { id: 'third', name: 'Third' })).status).toBe(200);
  });

  test('the list returns at most maxSpaces spaces', async () => {
    const { body } = await server.request<Array<{ id: string }>>('GET', '/api/spaces/space');
    expect(body.map((space) => space.id)).toEqual(['default', 'third']);
  });
});
