import type { SavedObject } from '@kbn/core-server';
import { describeEachStore } from '@kbn/test';
import type { DecryptedSavedObjectsFindPage, EncryptedSavedObjectsClient } from '../types';
import { type EsoTestServer, flipCiphertextBit, OTHER_KEY, startTestServer } from '../test_server.mock';

jest.setTimeout(60_000);

const note = (name: string) => ({ name, config: { url: 'https://example.com' }, secrets: { password: `pw-${name}` }, exposedSecret: `shown-${name}` });

describeEachStore('decrypting as the internal user', (getStore) => {
  let server: EsoTestServer;
  let client: EncryptedSavedObjectsClient;
  beforeAll(async () => {
    server = await startTestServer(getStore());
    client = server.eso.getClient();
  });
  afterAll(() => server?.stop());

  /** The error `getDecryptedAsInternalUser` throws, checked to be the plugin's typed error. */
  async function decryptionError(id: string, namespace?: string): Promise<Error> {
    const error = await client.getDecryptedAsInternalUser('secret-note', id, { namespace }).then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    expect(server.eso.isEncryptionError(error)).toBe(true);
    return error as Error;
  }

  test('a tampered AAD attribute makes decryption fail with an EncryptionError', async () => {
    await server.call('create', ['secret-note', note('aad'), { id: 'tamper-aad' }]);
    const raw = await server.readRaw('secret-note', 'tamper-aad');
    await server.tamper('secret-note', 'tamper-aad', 'default', { attributes: { ...raw, config: { url: 'https://evil.example.com' } } });
    expect((await decryptionError('tamper-aad')).message).toBe('Unable to decrypt attribute "secrets" of saved object "secret-note,tamper-aad"');
  });

  test('an object given another id or moved to another space no longer decrypts', async () => {
    await server.call('create', ['secret-note', note('id'), { id: 'tamper-id' }]);
    await server.tamper('secret-note', 'tamper-id', 'default', { id: 'tamper-id-2' });
    expect((await decryptionError('tamper-id-2')).message).toBe('Unable to decrypt attribute "secrets" of saved object "secret-note,tamper-id-2"');

    await server.call('create', ['secret-note', note('space'), { id: 'tamper-space' }], { space: 'team-a' });
    await server.tamper('secret-note', 'tamper-space', 'team-a', { namespace: 'team-b' });
    expect((await decryptionError('tamper-space', 'team-b')).message).toBe('Unable to decrypt attribute "secrets" of saved object "team-b,secret-note,tamper-space"');
  });

  test('a flipped ciphertext bit, or ciphertexts swapped between attributes, fail too', async () => {
    await server.call('create', ['secret-note', note('bit'), { id: 'tamper-bit' }]);
    const raw = await server.readRaw('secret-note', 'tamper-bit');
    await server.tamper('secret-note', 'tamper-bit', 'default', { attributes: { ...raw, secrets: flipCiphertextBit(raw.secrets as string) } });
    const error = await decryptionError('tamper-bit');
    expect(error).toMatchObject({ attributeName: 'secrets', operation: 'decryption' });
    expect((error.cause as Error).message).toBe('Unsupported state or unable to authenticate data');

    await server.call('create', ['secret-note', note('swap'), { id: 'tamper-swap' }]);
    const swapped = await server.readRaw('secret-note', 'tamper-swap');
    await server.tamper('secret-note', 'tamper-swap', 'default', { attributes: { ...swapped, secrets: swapped.exposedSecret, exposedSecret: swapped.secrets } });
    expect((await decryptionError('tamper-swap')).message).toBe('Unable to decrypt attribute "secrets" of saved object "secret-note,tamper-swap"');
  });

  test('a request reading an undecryptable exposed attribute gets the object stripped, with the error', async () => {
    const { body } = await server.call<SavedObject>('get', ['secret-note', 'tamper-aad']);
    expect(body.attributes).toEqual({ name: 'aad', config: { url: 'https://evil.example.com' } });
    expect(body.error).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Unable to decrypt attribute "exposedSecret" of saved object "secret-note,tamper-aad"' });
    // Only the attribute that was damaged is lost: the other one still reads.
    expect((await server.call<SavedObject>('get', ['secret-note', 'tamper-bit'])).body).toMatchObject({ attributes: { exposedSecret: 'shown-bit' } });
  });

  test('the finder decrypts page by page and reports objects it cannot decrypt, going on with the rest', async () => {
    const space = 'finder-space';
    for (const name of ['f1', 'f2', 'f3', 'f4', 'f5']) await server.call('create', ['secret-note', note(name), { id: `finder-${name}` }], { space });
    const raw = await server.readRaw('secret-note', 'finder-f2', space);
    await server.tamper('secret-note', 'finder-f2', space, { attributes: { ...raw, name: 'renamed behind our back' } });

    const pages: Array<DecryptedSavedObjectsFindPage<ReturnType<typeof note>>> = [];
    for await (const page of client.findDecryptedAsInternalUser<ReturnType<typeof note>>({ type: 'secret-note', namespace: space, perPage: 2, sortField: 'id' })) pages.push(page);
    expect(pages.map((page) => page.saved_objects.length)).toEqual([2, 2, 1]);
    const objects = pages.flatMap((page) => page.saved_objects);
    expect(objects.map((object) => object.id)).toEqual(['finder-f1', 'finder-f2', 'finder-f3', 'finder-f4', 'finder-f5']);
    const failed = objects.filter((object) => object.error);
    expect(failed.map((object) => object.id)).toEqual(['finder-f2']);
    expect(failed[0].error?.message).toBe(`Unable to decrypt attribute "secrets" of saved object "${space},secret-note,finder-f2"`);
    expect(server.eso.isEncryptionError(failed[0].error)).toBe(true);
    expect(failed[0].attributes).toEqual({ name: 'renamed behind our back', config: { url: 'https://example.com' } });
    expect(objects.filter((object) => !object.error).map((object) => object.attributes.secrets)).toEqual([
      { password: 'pw-f1' },
      { password: 'pw-f3' },
      { password: 'pw-f4' },
      { password: 'pw-f5' },
    ]);
  });

  test('decryption failures are logged with the object and the attribute', () => {
    expect(server.logs().filter((line) => line.log.level === 'ERROR').map((line) => line.message)).toContain(
      'Failed to decrypt attribute "secrets" of saved object "secret-note,tamper-aad": Unsupported state or unable to authenticate data'
    );
  });

  test('an object of a type that is not registered comes back as stored', async () => {
    await server.call('create', ['plain-note', { text: 'plain' }, { id: 'plain-1' }]);
    expect((await client.getDecryptedAsInternalUser('plain-note', 'plain-1')).attributes).toEqual({ text: 'plain' });
  });
});

describeEachStore('decrypting with the wrong key', (getStore) => {
  test('objects written with another key fail clearly, and decrypt again with the right key', async () => {
    const writer = await startTestServer(getStore());
    await writer.call('create', ['secret-note', note('wrong'), { id: 'wrong-key' }]);
    await writer.stop();

    const reader = await startTestServer(getStore(), { encryptionKey: OTHER_KEY });
    try {
      const error = await reader.eso.getClient().getDecryptedAsInternalUser('secret-note', 'wrong-key').catch((thrown: unknown) => thrown);
      expect(reader.eso.isEncryptionError(error)).toBe(true);
      expect((error as Error).message).toBe('Unable to decrypt attribute "secrets" of saved object "secret-note,wrong-key"');
      expect(((error as Error).cause as Error).message).toMatch(/^the value was encrypted with a key that is not configured \(fingerprint [0-9a-f]{8}\)$/);
      // Reads through a request still work: secrets stripped, the exposed one reported.
      const { status, body } = await reader.call<SavedObject>('get', ['secret-note', 'wrong-key']);
      expect(status).toBe(200);
      expect(body.attributes).toEqual({ name: 'wrong', config: { url: 'https://example.com' } });
      expect(body.error?.message).toBe('Unable to decrypt attribute "exposedSecret" of saved object "secret-note,wrong-key"');
    } finally {
      await reader.stop();
    }

    const again = await startTestServer(getStore());
    try {
      expect((await again.eso.getClient().getDecryptedAsInternalUser('secret-note', 'wrong-key')).attributes).toEqual(note('wrong'));
    } finally {
      await again.stop();
    }
  });
});
