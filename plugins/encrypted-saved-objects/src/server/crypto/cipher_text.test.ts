import { decryptValue, encryptValue, readFingerprint } from './cipher_text';
import { KeyRing } from './key_ring';

const PRIMARY = 'primary-encryption-key-for-tests-0001';
const OLD = 'another-encryption-key-for-tests-0002';
const AAD = '{"attribute":"secrets","id":"1","type":"secret-note"}';

describe('encrypted values', () => {
  let ring: KeyRing;
  beforeAll(async () => {
    ring = await KeyRing.create(PRIMARY, [OLD]);
  });

  test.each([[{ user: 'u', password: 'p', nested: [1, { a: null }] }], ['text'], [42], [true], [[]]])('round trip of %j', (value) => {
    expect(decryptValue(ring, encryptValue(ring.primary, value, AAD), AAD)).toEqual(value);
  });

  test('is base64 of version 1, the key fingerprint, a 12-byte IV, a 16-byte tag and the ciphertext', () => {
    const bytes = Buffer.from(encryptValue(ring.primary, 'abc', AAD), 'base64');
    expect(bytes[0]).toBe(1);
    expect(bytes.readUInt32BE(1)).toBe(ring.primary.fingerprint);
    expect(bytes.length).toBe(1 + 4 + 12 + 16 + JSON.stringify('abc').length);
  });

  test('a fresh IV for every value: the same value encrypts differently each time', () => {
    const first = encryptValue(ring.primary, 'same', AAD);
    const second = encryptValue(ring.primary, 'same', AAD);
    expect(first).not.toBe(second);
    expect(Buffer.from(first, 'base64').subarray(5, 17).equals(Buffer.from(second, 'base64').subarray(5, 17))).toBe(false);
  });

  test('a decryption-only key is picked by its fingerprint', async () => {
    const oldRing = await KeyRing.create(OLD, []);
    const value = encryptValue(oldRing.primary, { token: 't' }, AAD);
    expect(readFingerprint(value)).toBe(ring.decryptionOnly[0].fingerprint);
    expect(decryptValue(ring, value, AAD)).toEqual({ token: 't' });
  });

  test('the same key text always derives the same key; another text another fingerprint', async () => {
    const again = await KeyRing.create(PRIMARY, []);
    expect(again.primary.fingerprintHex).toBe(ring.primary.fingerprintHex);
    expect(ring.decryptionOnly[0].fingerprintHex).not.toBe(ring.primary.fingerprintHex);
    expect(ring.primary.fingerprintHex).toMatch(/^[0-9a-f]{8}$/);
  });

  test('fails with another AAD', () => {
    const value = encryptValue(ring.primary, 'x', AAD);
    expect(() => decryptValue(ring, value, AAD.replace('"1"', '"2"'))).toThrow('Unsupported state or unable to authenticate data');
  });

  test('fails when a byte of the ciphertext, the tag or the IV is changed', () => {
    const value = encryptValue(ring.primary, 'secret value', AAD);
    for (const offset of [6, 20, 40]) {
      const bytes = Buffer.from(value, 'base64');
      bytes[offset] ^= 0x01;
      expect(() => decryptValue(ring, bytes.toString('base64'), AAD)).toThrow('Unsupported state or unable to authenticate data');
    }
  });

  test('fails clearly when no configured key made the value', async () => {
    const stranger = await KeyRing.create('a-key-this-ring-has-never-seen-000000', []);
    const value = encryptValue(stranger.primary, 'x', AAD);
    expect(() => decryptValue(ring, value, AAD)).toThrow(
      `the value was encrypted with a key that is not configured (fingerprint ${stranger.primary.fingerprintHex})`
    );
  });

  test('rejects what is not a value of a known format version', () => {
    expect(() => decryptValue(ring, 'plain text', AAD)).toThrow('the value is not an encrypted value of a known format version');
    const bytes = Buffer.from(encryptValue(ring.primary, 'x', AAD), 'base64');
    bytes[0] = 2;
    expect(() => readFingerprint(bytes.toString('base64'))).toThrow('known format version');
  });

  test('refuses values JSON cannot carry', () => {
    expect(() => encryptValue(ring.primary, undefined, AAD)).toThrow('a value of type undefined cannot be encrypted');
  });
});
