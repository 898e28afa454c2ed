import { createTestRoot } from '@kbn/core-server/mocks';
import { ConfigSchema } from './config';

const KEY = 'k'.repeat(32);

describe('xpack.encryptedSavedObjects config', () => {
  test('defaults: no key (one is generated), no decryption-only keys', () => {
    expect(ConfigSchema.validate({})).toEqual({ keyRotation: { decryptionOnlyKeys: [] } });
  });

  test('rejects keys shorter than 32 characters with Kibana messages', () => {
    expect(() => ConfigSchema.validate({ encryptionKey: 'too short' })).toThrow(
      '[encryptionKey]: value has length [9] but it must have a minimum length of [32].'
    );
    expect(() => ConfigSchema.validate({ keyRotation: { decryptionOnlyKeys: [KEY, 'short'] } })).toThrow(
      '[keyRotation.decryptionOnlyKeys.1]: value has length [5] but it must have a minimum length of [32].'
    );
  });

  test('the primary key may not also be a decryption-only key', () => {
    expect(() => ConfigSchema.validate({ encryptionKey: KEY, keyRotation: { decryptionOnlyKeys: [KEY] } })).toThrow(
      '`keyRotation.decryptionOnlyKeys` cannot contain primary encryption key specified in `encryptionKey`.'
    );
  });

  test('a short key in kibana.yml fails start', async () => {
    await expect(createTestRoot({ plugins: ['encryptedSavedObjects'], config: { 'xpack.encryptedSavedObjects.encryptionKey': 'abc' } })).rejects.toThrow(
      '[config validation of [xpack.encryptedSavedObjects].encryptionKey]: value has length [3] but it must have a minimum length of [32].'
    );
  });
});
