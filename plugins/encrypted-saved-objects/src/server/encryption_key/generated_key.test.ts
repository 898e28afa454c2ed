import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryLogger } from '@kbn/core-server/mocks';
import { createTestDataDir, describeEachStore } from '@kbn/test';
import { startTestServer } from '../test_server.mock';
import { GENERATED_KEY_FILE_NAME, readOrCreateGeneratedKey } from './generated_key';

jest.setTimeout(60_000);

const ADVICE =
  'To be able to decrypt encrypted saved objects attributes if that file is lost, and on every Kibana instance that shares this store, ' +
  'please set xpack.encryptedSavedObjects.encryptionKey in kibana.yml, to the same value on every instance.';

describeEachStore('a generated encryption key', (getStore) => {
  test('is created on first start in path.data (mode 0600), reused after a restart, and both times warned about', async () => {
    const store = getStore();
    const keyFile = join(store.dataPath, GENERATED_KEY_FILE_NAME);
    const first = await startTestServer(store, {});
    let key: string;
    try {
      key = readFileSync(keyFile, 'utf8').trim();
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(first.logs().filter((line) => line.log.level === 'WARN').map((line) => line.message)).toEqual([
        `Generating a random key for xpack.encryptedSavedObjects.encryptionKey and storing it in [${keyFile}]. ${ADVICE}`,
      ]);
      await first.call('create', ['secret-note', { name: 'kept', secrets: { password: 'survives restarts' } }, { id: 'generated' }]);
    } finally {
      await first.stop();
    }

    const second = await startTestServer(store, {});
    try {
      expect(readFileSync(keyFile, 'utf8').trim()).toBe(key);
      expect(second.logs().filter((line) => line.log.level === 'WARN').map((line) => line.message)).toEqual([
        `Using the random key generated for xpack.encryptedSavedObjects.encryptionKey, stored in [${keyFile}]. ${ADVICE}`,
      ]);
      expect((await second.eso.getClient().getDecryptedAsInternalUser('secret-note', 'generated')).attributes).toEqual({
        name: 'kept',
        secrets: { password: 'survives restarts' },
      });
    } finally {
      await second.stop();
    }

    // Configuring the generated key (as the warning advises) keeps the same secrets readable.
    const configured = await startTestServer(store, { encryptionKey: key });
    try {
      expect(configured.logs().filter((line) => line.log.level === 'WARN')).toEqual([]);
      expect((await configured.eso.getClient().getDecryptedAsInternalUser('secret-note', 'generated')).attributes).toMatchObject({ name: 'kept' });
    } finally {
      await configured.stop();
    }
  });
});

describe('readOrCreateGeneratedKey', () => {
  test('creates the data folder if needed and never replaces a damaged key file', () => {
    const dir = createTestDataDir();
    try {
      const dataPath = join(dir.path, 'nested', 'data');
      const key = readOrCreateGeneratedKey(dataPath, new MemoryLogger());
      expect(readOrCreateGeneratedKey(dataPath, new MemoryLogger())).toBe(key);

      const damaged = join(dir.path, 'damaged');
      mkdirSync(damaged);
      writeFileSync(join(damaged, GENERATED_KEY_FILE_NAME), 'short');
      expect(() => readOrCreateGeneratedKey(damaged, new MemoryLogger())).toThrow(
        `The generated encryption key in [${join(damaged, GENERATED_KEY_FILE_NAME)}] is damaged (shorter than 32 characters); restore it or set xpack.encryptedSavedObjects.encryptionKey.`
      );
      expect(readFileSync(join(damaged, GENERATED_KEY_FILE_NAME), 'utf8')).toBe('short');
    } finally {
      dir.cleanup();
    }
  });
});
