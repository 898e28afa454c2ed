import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';

// The body schema of POST and PUT, checked over HTTP: Kibana's rules with its messages.
describe('space body validation', () => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer();
  });

  afterAll(() => server?.stop());

  const badRequest = (message: string) => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', message } });
  const ID_MESSAGE = "[request body.id]: must be lower case, a-z, 0-9, '_', and '-' are allowed";

  test('an id of lowercase a-z, 0-9, "_" and "-" is accepted', async () => {
    const id = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
    expect((await server.request('POST', '/api/spaces/space', { id, name: 'All characters' })).status).toBe(200);
    expect((await server.request('GET', `/s/${id}/api/spaces/space/${id}`)).status).toBe(200);
  });

  test.each(['Foo', '', 'foo bar', 'é', ...['!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '+', ',', '.', '/', '?'].map((c) => `foo-${c}`)])(
    'the id %j is refused',
    async (id) => {
      expect(await server.request('POST', '/api/spaces/space', { id, name: 'x' })).toEqual(badRequest(ID_MESSAGE));
      expect(await server.request('PUT', '/api/spaces/space/default', { id, name: 'x' })).toEqual(badRequest(ID_MESSAGE));
    }
  );

  test('id and name are required, and name may not be empty', async () => {
    expect(await server.request('POST', '/api/spaces/space', { name: 'x' })).toEqual(badRequest('[request body.id]: expected value of type [string] but got [undefined]'));
    expect(await server.request('POST', '/api/spaces/space', { id: 'no-name' })).toEqual(badRequest('[request body.name]: expected value of type [string] but got [undefined]'));
    expect(await server.request('POST', '/api/spaces/space', { id: 'empty-name', name: '' })).toEqual(
      badRequest('[request body.name]: value has length [0] but it must have a minimum length of [1].')
    );
  });

  test('a body that is not an object is refused', async () => {
    expect(await server.request('POST', '/api/spaces/space', ['x'])).toEqual(badRequest('[request body]: expected a plain object value, but found [Array] instead.'));
  });

  test.each(['', '123456', '#12345', '#1234567', 'red'])('the color %j is refused', async (color) => {
    expect(await server.request('POST', '/api/spaces/space', { id: 'colored', name: 'x', color })).toEqual(
      badRequest('[request body.color]: must be a 6 digit hex color, starting with a #')
    );
  });

  test('initials are at most two characters', async () => {
    expect(await server.request('POST', '/api/spaces/space', { id: 'initials', name: 'x', initials: 'ABC' })).toEqual(
      badRequest('[request body.initials]: value has length [3] but it must have a maximum length of [2].')
    );
  });

  test('imageUrl must be a data:image URL (or empty)', async () => {
    expect(await server.request('POST', '/api/spaces/space', { id: 'image', name: 'x', imageUrl: 'https://example.com/a.png' })).toEqual(
      badRequest("[request body.imageUrl]: must start with 'data:image'")
    );
    expect((await server.request('POST', '/api/spaces/space', { id: 'image', name: 'x', imageUrl: '' })).status).toBe(200);
  });

  test('disabledFeatures is an array of at most 100 strings', async () => {
    // Kibana says "could not parse array value from json input" here; @kbn/config-schema words it its own way.
    const notArray = await server.request<{ message: string }>('POST', '/api/spaces/space', { id: 'features', name: 'x', disabledFeatures: 'foo' });
    expect(notArray.status).toBe(400);
    expect(notArray.body.message).toMatch(/^\[request body\.disabledFeatures\]: /);
    expect(await server.request('POST', '/api/spaces/space', { id: 'features', name: 'x', disabledFeatures: ['foo', true] })).toEqual(
      badRequest('[request body.disabledFeatures.1]: expected value of type [string] but got [boolean]')
    );
    const tooMany = Array.from({ length: 101 }, (_, i) => `f${i}`);
    expect(await server.request('POST', '/api/spaces/space', { id: 'features', name: 'x', disabledFeatures: tooMany })).toEqual(
      badRequest('[request body.disabledFeatures]: array size is [101], but cannot be greater than [100]')
    );
  });

  test('solution is one of Kibana’s solution views', async () => {
    expect(await server.request('POST', '/api/spaces/space', { id: 'solution', name: 'x', solution: 'some_value' })).toEqual(
      badRequest(
        [
          '[request body.solution]: types that failed validation:',
          '- [request body.solution.0]: expected value to equal [security]',
          '- [request body.solution.1]: expected value to equal [oblt]',
          '- [request body.solution.2]: expected value to equal [es]',
          '- [request body.solution.3]: expected value to equal [classic]',
        ].join('\n')
      )
    );
    expect((await server.request('POST', '/api/spaces/space', { id: 'solution', name: 'x', solution: 'classic' })).body).toMatchObject({ solution: 'classic' });
  });

  test('unknown fields are refused', async () => {
    expect(await server.request('POST', '/api/spaces/space', { id: 'unknown', name: 'x', projectRouting: 'all' })).toEqual(
      badRequest('[request body.projectRouting]: definition for this key is missing')
    );
  });
});
