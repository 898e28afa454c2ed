import { describeEachStore } from '@kbn/test';
import { type EsoTestServer, OTHER_KEY, PRIMARY_KEY, startTestServer, THIRD_KEY } from '../test_server.mock';

jest.setTimeout(60_000);

const ROTATE = '/api/encrypted_saved_objects/_rotate_key';
const rotate = (server: EsoTestServer, query = '') =>
  fetch(`${server.url}${ROTATE}${query}`, { method: 'POST', headers: { 'kbn-xsrf': 'true' } }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));

const fingerprintOf = (value: unknown) => Buffer.from(value as string, 'base64').readUInt32BE(1);

describeEachStore('POST /api/encrypted_saved_objects/_rotate_key', (getStore) => {
  /** Objects written under OTHER_KEY (the key being retired) in several spaces and types, one under a key nobody keeps. */
  beforeAll(async () => {
    const old = await startTestServer(getStore(), { encryptionKey: OTHER_KEY });
    try {
      for (const space of [undefined, 'team-a']) {
        for (const id of ['one', 'two', 'three']) {
          await old.call('create', ['secret-note', { name: id, secrets: { password: `${id}-${space}` }, exposedSecret: id }, { id }], { space });
        }
      }
      await old.call('create', ['hidden-secret', { secrets: { token: 'hidden' } }, { id: 'hidden' }], { includeHidden: true });
      await old.call('create', ['global-secret', { name: 'g', secrets: 'global' }, { id: 'global' }]);
      await old.call('create', ['plain-note', { text: 'not encrypted' }, { id: 'plain' }]);
    } finally {
      await old.stop();
    }
    const lost = await startTestServer(getStore(), { encryptionKey: THIRD_KEY });
    await lost.call('create', ['secret-note', { name: 'lost', secrets: { password: 'gone' } }, { id: 'lost' }], { space: 'team-b' });
    await lost.stop();
  });

  test('answers 400 with Kibana message when no decryption-only keys are configured', async () => {
    const server = await startTestServer(getStore(), { encryptionKey: PRIMARY_KEY });
    try {
      expect(await rotate(server)).toEqual({
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message:
            'Kibana is not configured to support encryption key rotation. Update `kibana.yml` to include `xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys` to rotate your encryption keys.',
        },
      });
    } finally {
      await server.stop();
    }
  });

  test('old objects decrypt with a decryption-only key; rotation moves them to the primary key', async () => {
    const server = await startTestServer(getStore(), { encryptionKey: PRIMARY_KEY, decryptionOnlyKeys: [OTHER_KEY] });
    try {
      const client = server.eso.getClient({ includedHiddenTypes: ['hidden-secret'] });
      expect((await client.getDecryptedAsInternalUser('secret-note', 'two', { namespace: 'team-a' })).attributes).toMatchObject({ secrets: { password: 'two-team-a' } });
      expect(await rotate(server, '?batch_size=0')).toMatchObject({ status: 400, body: { message: '[request query.batch_size]: Value must be equal to or greater than [1].' } });

      // Batches of 2 so that several pages are read while objects are being rewritten.
      expect(await rotate(server, '?batch_size=2')).toEqual({ status: 200, body: { total: 9, successful: 8, failed: 1 } });
      const keyFingerprint = fingerprintOf((await server.readRaw('secret-note', 'one')).secrets);
      for (const [type, id, namespace] of [['secret-note', 'one', 'default'], ['secret-note', 'three', 'team-a'], ['hidden-secret', 'hidden', 'default'], ['global-secret', 'global', '']]) {
        expect(fingerprintOf((await server.readRaw(type, id, namespace)).secrets)).toBe(keyFingerprint);
      }
      expect(server.logs().map((line) => line.message)).toEqual(
        expect.arrayContaining([
          'Saved Objects with the following types [secret-note,hidden-secret,global-secret] will be processed.',
          'Failed to decrypt attribute "secrets" of saved object "team-b,secret-note,lost": the value was encrypted with a key that is not configured (fingerprint ' +
            fingerprintOf((await server.readRaw('secret-note', 'lost', 'team-b')).secrets).toString(16).padStart(8, '0') +
            ')',
          'Encryption key rotation is completed. 8 objects out of 9 were successfully re-encrypted with the primary encryption key and 1 objects failed.',
        ])
      );
      // Nothing is left on the old key; the object no key decrypts is still counted.
      expect(await rotate(server)).toEqual({ status: 200, body: { total: 9, successful: 0, failed: 1 } });
      expect(await rotate(server, '?type=plain-note')).toEqual({ status: 200, body: { total: 0, successful: 0, failed: 0 } });
    } finally {
      await server.stop();
    }

    const withoutOldKey = await startTestServer(getStore(), { encryptionKey: PRIMARY_KEY });
    try {
      const client = withoutOldKey.eso.getClient({ includedHiddenTypes: ['hidden-secret'] });
      expect((await client.getDecryptedAsInternalUser('secret-note', 'one')).attributes).toEqual({ name: 'one', secrets: { password: 'one-undefined' }, exposedSecret: 'one' });
      expect((await client.getDecryptedAsInternalUser('secret-note', 'three', { namespace: 'team-a' })).attributes).toMatchObject({ secrets: { password: 'three-team-a' } });
      expect((await client.getDecryptedAsInternalUser('hidden-secret', 'hidden')).attributes).toEqual({ secrets: { token: 'hidden' } });
      expect((await client.getDecryptedAsInternalUser('global-secret', 'global')).attributes).toEqual({ name: 'g', secrets: 'global' });
    } finally {
      await withoutOldKey.stop();
    }
  });

  test('a second call while one is running gets Kibana 429', async () => {
    const server = await startTestServer(getStore(), { encryptionKey: PRIMARY_KEY, decryptionOnlyKeys: [OTHER_KEY] });
    try {
      const [first, second] = await Promise.all([rotate(server, '?batch_size=1'), rotate(server, '?batch_size=1')]);
      expect([first.status, second.status].sort()).toEqual([200, 429]);
      expect((first.status === 429 ? first : second).body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Encryption key rotation is in progress already. Please wait until it is completed and try again.',
      });
      // One object per batch; whether objects still needed the primary key depends on the test before.
      expect((first.status === 200 ? first : second).body).toMatchObject({ total: 9, failed: 1 });
      expect(await rotate(server, '?type=hidden-secret')).toEqual({ status: 200, body: { total: 1, successful: 0, failed: 0 } });
    } finally {
      await server.stop();
    }
  });
});
