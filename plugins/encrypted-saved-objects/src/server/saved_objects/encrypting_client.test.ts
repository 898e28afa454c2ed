import type { SavedObject, SavedObjectsBulkResponse, SavedObjectsFindResponse } from '@kbn/core-server';
import { describeEachStore } from '@kbn/test';
import { type EsoTestServer, startTestServer } from '../test_server.mock';

jest.setTimeout(60_000);

const note = (suffix: string) => ({
  name: `note ${suffix}`,
  description: 'plain text',
  config: { url: 'https://example.com', port: 1 },
  secrets: { password: `p4ssw0rd-${suffix}` },
  exposedSecret: `shown-${suffix}`,
});
/** What callers may see of `note(suffix)`: no `secrets`. */
const visible = (suffix: string) => {
  const { secrets: _secrets, ...rest } = note(suffix);
  return rest;
};

describeEachStore('saved objects clients with encrypted attributes', (getStore) => {
  let server: EsoTestServer;
  beforeAll(async () => {
    server = await startTestServer(getStore());
  });
  afterAll(() => server?.stop());

  const decrypt = (type: string, id: string, namespace?: string) => server.eso.getClient({ includedHiddenTypes: ['hidden-secret'] }).getDecryptedAsInternalUser(type, id, { namespace });

  test('create returns the object without its secrets; the internal user decrypts what was written', async () => {
    const { status, body } = await server.call<SavedObject>('create', ['secret-note', note('a'), { id: 'create-a' }]);
    expect(status).toBe(200);
    expect(body.attributes).toEqual(visible('a'));
    expect((await decrypt('secret-note', 'create-a')).attributes).toEqual(note('a'));
  });

  test('every read strips secrets and decrypts only dangerouslyExposeValue attributes', async () => {
    await server.call('create', ['secret-note', note('b'), { id: 'read-b' }]);
    const bulk = await server.call<SavedObjectsBulkResponse>('bulkCreate', [[{ type: 'secret-note', id: 'read-c', attributes: note('c') }, { type: 'secret-note', attributes: note('d') }]]);
    expect(bulk.body.saved_objects.map((object) => object.attributes)).toEqual([visible('c'), visible('d')]);
    const generatedId = bulk.body.saved_objects[1].id;
    expect((await decrypt('secret-note', generatedId)).attributes).toEqual(note('d'));

    expect((await server.call<SavedObject>('get', ['secret-note', 'read-b'])).body.attributes).toEqual(visible('b'));
    const bulkGet = await server.call<SavedObjectsBulkResponse>('bulkGet', [[{ type: 'secret-note', id: 'read-b' }, { type: 'secret-note', id: 'read-c' }]]);
    expect(bulkGet.body.saved_objects.map((object) => object.attributes)).toEqual([visible('b'), visible('c')]);
    const found = await server.call<SavedObjectsFindResponse>('find', [{ type: 'secret-note', perPage: 100 }]);
    expect(found.body.saved_objects.length).toBeGreaterThanOrEqual(3);
    for (const object of found.body.saved_objects) {
      expect(object.attributes).not.toHaveProperty('secrets');
      expect(object.attributes).toHaveProperty('exposedSecret');
    }
    const updated = await server.call<SavedObject>('update', ['secret-note', 'read-b', { secrets: { password: 'new' } }]);
    expect(updated.body.attributes).toEqual(visible('b'));
  });

  test('the database holds ciphertext, never plaintext, and every write a fresh IV', async () => {
    await server.call('create', ['secret-note', note('e'), { id: 'raw-e' }]);
    const first = await server.readRaw('secret-note', 'raw-e');
    expect(JSON.stringify(first)).not.toContain('p4ssw0rd-e');
    expect(JSON.stringify(first)).not.toContain('shown-e');
    expect(first).toMatchObject({ name: 'note e', config: { url: 'https://example.com', port: 1 } });
    expect(first.secrets).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(first.secrets as string, 'base64')[0]).toBe(1);

    await server.call('update', ['secret-note', 'raw-e', { secrets: note('e').secrets }]);
    const second = await server.readRaw('secret-note', 'raw-e');
    expect(second.secrets).not.toBe(first.secrets);
    expect((await decrypt('secret-note', 'raw-e')).attributes).toEqual(note('e'));
  });

  describe('partial updates keep every secret decryptable', () => {
    test('changing an AAD attribute re-encrypts the secrets it binds', async () => {
      await server.call('create', ['secret-note', note('f'), { id: 'partial-f' }]);
      const { body } = await server.call<SavedObject>('update', ['secret-note', 'partial-f', { name: 'renamed' }]);
      expect(body.attributes).toEqual({ ...visible('f'), name: 'renamed' });
      expect((await decrypt('secret-note', 'partial-f')).attributes).toEqual({ ...note('f'), name: 'renamed' });
    });

    test('a nested AAD attribute is deep-merged as the store merges it', async () => {
      await server.call('create', ['secret-note', note('g'), { id: 'partial-g' }]);
      await server.call('update', ['secret-note', 'partial-g', { config: { port: 2 } }]);
      expect((await decrypt('secret-note', 'partial-g')).attributes).toEqual({ ...note('g'), config: { url: 'https://example.com', port: 2 } });
    });

    test('replacing one secret keeps the other; plain attributes pass through', async () => {
      await server.call('create', ['secret-note', note('h'), { id: 'partial-h' }]);
      await server.call('update', ['secret-note', 'partial-h', { secrets: { password: 'rotated' } }]);
      await server.call('update', ['secret-note', 'partial-h', { description: 'changed' }]);
      const { body } = await server.call<SavedObject>('update', ['secret-note', 'partial-h', { exposedSecret: 'new shown', name: 'both' }]);
      expect(body.attributes).toMatchObject({ exposedSecret: 'new shown', name: 'both' });
      expect((await decrypt('secret-note', 'partial-h')).attributes).toEqual({
        ...note('h'),
        name: 'both',
        description: 'changed',
        secrets: { password: 'rotated' },
        exposedSecret: 'new shown',
      });
    });

    test('a stale version is still a conflict', async () => {
      const { body: created } = await server.call<SavedObject>('create', ['secret-note', note('i'), { id: 'partial-i' }]);
      await server.call('update', ['secret-note', 'partial-i', { name: 'first' }]);
      const stale = await server.call<{ statusCode: number; message: string }>('update', ['secret-note', 'partial-i', { name: 'second' }, { version: created.version }]);
      expect(stale.body).toMatchObject({ statusCode: 409, message: 'Saved object [secret-note/partial-i] conflict' });
      expect((await decrypt('secret-note', 'partial-i')).attributes).toMatchObject({ name: 'first', secrets: note('i').secrets });
    });

    test('upsert encrypts the object it creates', async () => {
      await server.call('update', ['secret-note', 'upsert-j', { name: 'ignored' }, { upsert: note('j') }]);
      expect((await decrypt('secret-note', 'upsert-j')).attributes).toEqual(note('j'));
      await server.call('update', ['secret-note', 'upsert-j', { name: 'updated' }, { upsert: note('x') }]);
      expect((await decrypt('secret-note', 'upsert-j')).attributes).toEqual({ ...note('j'), name: 'updated' });
    });
  });

  test('objects in a space are bound to it; the internal user names the space', async () => {
    await server.call('create', ['secret-note', note('k'), { id: 'space-k' }], { space: 'team-a' });
    expect((await server.call<SavedObject>('get', ['secret-note', 'space-k'], { space: 'team-a' })).body.attributes).toEqual(visible('k'));
    expect((await decrypt('secret-note', 'space-k', 'team-a')).attributes).toEqual(note('k'));
    await server.call('update', ['secret-note', 'space-k', { name: 'moved on' }], { space: 'team-a' });
    expect((await decrypt('secret-note', 'space-k', 'team-a')).attributes).toMatchObject({ name: 'moved on', secrets: note('k').secrets });
  });

  test('hidden and space-agnostic types, and types that are not registered', async () => {
    await server.call('create', ['hidden-secret', { secrets: { token: 'hidden' } }, { id: 'hidden-l' }], { includeHidden: true });
    expect((await server.call<SavedObject>('get', ['hidden-secret', 'hidden-l'], { includeHidden: true })).body.attributes).toEqual({});
    expect((await decrypt('hidden-secret', 'hidden-l')).attributes).toEqual({ secrets: { token: 'hidden' } });

    await server.call('create', ['global-secret', { name: 'g', secrets: 'global' }, { id: 'global-m' }], { space: 'team-b' });
    expect((await server.call<SavedObject>('get', ['global-secret', 'global-m'])).body.attributes).toEqual({ name: 'g' });
    expect((await decrypt('global-secret', 'global-m')).attributes).toEqual({ name: 'g', secrets: 'global' });

    await server.call('create', ['plain-note', { secrets: 'not registered' }, { id: 'plain-n' }]);
    expect(await server.readRaw('plain-note', 'plain-n')).toEqual({ secrets: 'not registered' });
  });

  test('asInternalUser writes encrypted objects in the space each call names', async () => {
    const client = server.eso.getClient();
    const created = await client.asInternalUser.create('secret-note', note('o'), { id: 'internal-o', namespace: 'team-c' });
    expect(created.attributes).toEqual(visible('o'));
    expect(JSON.stringify(await server.readRaw('secret-note', 'internal-o', 'team-c'))).not.toContain('p4ssw0rd-o');
    await client.asInternalUser.update('secret-note', 'internal-o', { name: 'internal rename' }, { namespace: 'team-c' });
    expect((await client.getDecryptedAsInternalUser('secret-note', 'internal-o', { namespace: 'team-c' })).attributes).toEqual({ ...note('o'), name: 'internal rename' });
    expect((await client.asInternalUser.get('secret-note', 'internal-o', { namespace: 'team-c' })).attributes).not.toHaveProperty('secrets');
  });
});
