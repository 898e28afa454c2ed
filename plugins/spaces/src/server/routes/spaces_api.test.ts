import { describeEachStore } from '@kbn/test';
import { type SpacesTestServer, startSpacesTestServer } from '../spaces_test_server.mock';

const DEFAULT_SPACE = {
  id: 'default',
  name: 'Default',
  description: 'This is your default space!',
  color: '#00bfb3',
  disabledFeatures: [],
  _reserved: true,
};
const NOT_FOUND = { statusCode: 404, error: 'Not Found', message: 'Not Found' };
const NO_XSRF = { statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' };

describeEachStore('spaces API', (getStore) => {
  let server: SpacesTestServer;

  beforeAll(async () => {
    server = await startSpacesTestServer({ storageUrl: getStore().url });
  });

  afterAll(() => server?.stop());

  describe('GET /api/spaces/space', () => {
    test('lists the default space after start', async () => {
      expect(await server.request('GET', '/api/spaces/space')).toEqual({ status: 200, body: [DEFAULT_SPACE] });
    });

    test('lists every space sorted by name, with Kibana field names', async () => {
      await server.request('POST', '/api/spaces/space', { id: 'list-b', name: 'Zulu' });
      await server.request('POST', '/api/spaces/space', { id: 'list-a', name: 'Alpha', description: 'first', color: '#AABBCC', initials: 'AL' });
      const { status, body } = await server.request<Array<{ id: string }>>('GET', '/api/spaces/space');
      expect(status).toBe(200);
      expect(body.map((space) => space.id)).toEqual(['list-a', 'default', 'list-b']);
      expect(body[0]).toEqual({ id: 'list-a', name: 'Alpha', description: 'first', color: '#AABBCC', initials: 'AL', disabledFeatures: [] });
    });

    test.each(['any', 'copySavedObjectsIntoSpace', 'shareSavedObjectsIntoSpace'])('accepts purpose=%s (no effect without authorization)', async (purpose) => {
      const { status, body } = await server.request<unknown[]>('GET', `/api/spaces/space?purpose=${purpose}`);
      expect(status).toBe(200);
      expect(body).toContainEqual(DEFAULT_SPACE);
    });

    test('accepts include_authorized_purposes alone, or false with a purpose', async () => {
      expect((await server.request('GET', '/api/spaces/space?include_authorized_purposes=true')).status).toBe(200);
      expect((await server.request('GET', '/api/spaces/space?purpose=any&include_authorized_purposes=false')).status).toBe(200);
    });

    test('refuses include_authorized_purposes=true with a purpose, an unknown purpose and unknown options', async () => {
      expect(await server.request('GET', '/api/spaces/space?purpose=any&include_authorized_purposes=true')).toEqual({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: '[request query]: include_authorized_purposes can only be false when purpose is specified' },
      });
      const unknownPurpose = await server.request<{ message: string }>('GET', '/api/spaces/space?purpose=findSavedObjects');
      expect(unknownPurpose.status).toBe(400);
      expect(unknownPurpose.body.message).toContain('[request query.purpose]: types that failed validation:');
      expect(await server.request('GET', '/api/spaces/space?foo=1')).toEqual({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: '[request query.foo]: definition for this key is missing' },
      });
    });
  });

  describe('GET /api/spaces/space/{id}', () => {
    test('returns the default space', async () => {
      expect(await server.request('GET', '/api/spaces/space/default')).toEqual({ status: 200, body: DEFAULT_SPACE });
    });

    test('a space that does not exist is a bare 404', async () => {
      expect(await server.request('GET', '/api/spaces/space/nope')).toEqual({ status: 404, body: NOT_FOUND });
      expect(await server.request('GET', '/api/spaces/space/Not%20An%20Id')).toEqual({ status: 404, body: NOT_FOUND });
    });
  });

  describe('POST /api/spaces/space', () => {
    test('creates a space with every field and returns it', async () => {
      const space = {
        id: 'marketing_2-x',
        name: 'Marketing',
        description: 'Campaigns',
        color: '#123abc',
        initials: 'MK',
        imageUrl: 'data:image/png;base64,iVBORw0KGgo=',
        disabledFeatures: ['discover', 'dashboard'],
        solution: 'oblt',
      };
      expect(await server.request('POST', '/api/spaces/space', space)).toEqual({ status: 200, body: space });
      expect(await server.request('GET', '/api/spaces/space/marketing_2-x')).toEqual({ status: 200, body: space });
    });

    test('defaults disabledFeatures to [], trims the name and never stores _reserved', async () => {
      const created = await server.request('POST', '/api/spaces/space', { id: 'trimmed', name: '  Trimmed  ', _reserved: true });
      expect(created).toEqual({ status: 200, body: { id: 'trimmed', name: 'Trimmed', disabledFeatures: [] } });
      expect(await server.request('GET', '/api/spaces/space/trimmed')).toEqual({ status: 200, body: { id: 'trimmed', name: 'Trimmed', disabledFeatures: [] } });
      expect((await server.request('DELETE', '/api/spaces/space/trimmed')).status).toBe(204);
    });

    test('an id that exists is a 409 with Kibana’s message', async () => {
      await server.request('POST', '/api/spaces/space', { id: 'twice', name: 'Twice' });
      expect(await server.request('POST', '/api/spaces/space', { id: 'twice', name: 'Again' })).toEqual({
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'A space with the identifier twice already exists.' },
      });
      expect(await server.request('POST', '/api/spaces/space', { id: 'default', name: 'Mine' })).toEqual({
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'A space with the identifier default already exists.' },
      });
      expect(await server.request('GET', '/api/spaces/space/twice')).toEqual({ status: 200, body: { id: 'twice', name: 'Twice', disabledFeatures: [] } });
    });

    test('needs kbn-xsrf', async () => {
      expect(await server.request('POST', '/api/spaces/space', { id: 'no-xsrf', name: 'x' }, {})).toEqual({ status: 400, body: NO_XSRF });
      expect((await server.request('GET', '/api/spaces/space/no-xsrf')).status).toBe(404);
    });
  });

  describe('PUT /api/spaces/space/{id}', () => {
    beforeAll(async () => {
      await server.request('POST', '/api/spaces/space', { id: 'editable', name: 'Editable', description: 'keep me', color: '#000000', solution: 'es' });
    });

    test('updates the space and returns it as stored', async () => {
      const update = { id: 'editable', name: 'Edited', description: 'changed', initials: 'ED', disabledFeatures: ['discover'] };
      const expected = { ...update, color: '#000000', solution: 'es' };
      expect(await server.request('PUT', '/api/spaces/space/editable', update)).toEqual({ status: 200, body: expected });
      expect(await server.request('GET', '/api/spaces/space/editable')).toEqual({ status: 200, body: expected });
    });

    test('fields left out keep their stored value; disabledFeatures defaults to []', async () => {
      const { body } = await server.request('PUT', '/api/spaces/space/editable', { id: 'editable', name: 'Edited again' });
      expect(body).toEqual({ id: 'editable', name: 'Edited again', description: 'changed', initials: 'ED', color: '#000000', disabledFeatures: [], solution: 'es' });
    });

    test('the id in the path wins over a different id in the body, as in Kibana', async () => {
      const { status, body } = await server.request('PUT', '/api/spaces/space/editable', { id: 'other-id', name: 'Path wins' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ id: 'editable', name: 'Path wins' });
      expect(await server.request('GET', '/api/spaces/space/other-id')).toEqual({ status: 404, body: NOT_FOUND });
    });

    test('_reserved cannot be set, and the default space stays reserved', async () => {
      const { body } = await server.request('PUT', '/api/spaces/space/editable', { id: 'editable', name: 'Edited', _reserved: true });
      expect(body).not.toHaveProperty('_reserved');
      const renamed = await server.request('PUT', '/api/spaces/space/default', { id: 'default', name: 'Home', _reserved: false });
      expect(renamed).toEqual({ status: 200, body: { ...DEFAULT_SPACE, name: 'Home' } });
      expect((await server.request('PUT', '/api/spaces/space/default', { ...DEFAULT_SPACE, name: 'Default' })).status).toBe(200);
    });

    test('a space that does not exist is a 404 and is not created', async () => {
      expect(await server.request('PUT', '/api/spaces/space/ghost', { id: 'ghost', name: 'Ghost' })).toEqual({ status: 404, body: NOT_FOUND });
      expect(await server.request('GET', '/api/spaces/space/ghost')).toEqual({ status: 404, body: NOT_FOUND });
    });

    test('needs kbn-xsrf', async () => {
      expect(await server.request('PUT', '/api/spaces/space/editable', { id: 'editable', name: 'No xsrf' }, {})).toEqual({ status: 400, body: NO_XSRF });
    });
  });

  describe('DELETE /api/spaces/space/{id}', () => {
    test('deletes the space: 204 without a body, then it is gone', async () => {
      await server.request('POST', '/api/spaces/space', { id: 'doomed', name: 'Doomed' });
      expect(await server.request('DELETE', '/api/spaces/space/doomed')).toEqual({ status: 204, body: undefined });
      expect(await server.request('GET', '/api/spaces/space/doomed')).toEqual({ status: 404, body: NOT_FOUND });
      const { body } = await server.request<Array<{ id: string }>>('GET', '/api/spaces/space');
      expect(body.map((space) => space.id)).not.toContain('doomed');
    });

    test('a space that does not exist is a 404', async () => {
      expect(await server.request('DELETE', '/api/spaces/space/nope')).toEqual({ status: 404, body: NOT_FOUND });
    });

    test('the default space is reserved: 400 with Kibana’s message', async () => {
      expect(await server.request('DELETE', '/api/spaces/space/default')).toEqual({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'The default space cannot be deleted because it is reserved.' },
      });
      expect(await server.request('GET', '/api/spaces/space/default')).toEqual({ status: 200, body: DEFAULT_SPACE });
    });

    test('needs kbn-xsrf', async () => {
      await server.request('POST', '/api/spaces/space', { id: 'kept', name: 'Kept' });
      expect(await server.request('DELETE', '/api/spaces/space/kept', undefined, {})).toEqual({ status: 400, body: NO_XSRF });
      expect((await server.request('GET', '/api/spaces/space/kept')).status).toBe(200);
    });
  });

  describe('under /s/<space>', () => {
    beforeAll(async () => {
      await server.request('POST', '/api/spaces/space', { id: 'inner', name: 'Inner' });
    });

    test('every route works from inside an existing space', async () => {
      const base = '/s/inner/api/spaces/space';
      expect((await server.request('GET', base)).status).toBe(200);
      expect(await server.request('GET', `${base}/default`)).toEqual({ status: 200, body: DEFAULT_SPACE });
      expect(await server.request('POST', base, { id: 'from-inner', name: 'From inner' })).toEqual({ status: 200, body: { id: 'from-inner', name: 'From inner', disabledFeatures: [] } });
      expect((await server.request('PUT', `${base}/from-inner`, { id: 'from-inner', name: 'Renamed' })).body).toMatchObject({ name: 'Renamed' });
      expect((await server.request('DELETE', `${base}/from-inner`)).status).toBe(204);
      expect((await server.request('GET', '/s/default/api/spaces/space/inner')).status).toBe(200);
    });

    test('a space that does not exist answers 404 before the route runs', async () => {
      const notFound = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Space [missing] not found' } };
      expect(await server.request('GET', '/s/missing/api/spaces/space')).toEqual(notFound);
      expect(await server.request('POST', '/s/missing/api/spaces/space', { id: 'via-missing', name: 'x' })).toEqual(notFound);
      expect((await server.request('GET', '/api/spaces/space/via-missing')).status).toBe(404);
    });
  });
});
