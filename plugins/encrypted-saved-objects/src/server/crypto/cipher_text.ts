import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { FINGERPRINT_BYTES, type EncryptionKey, type KeyRing } from './key_ring';

/**
 * One encrypted attribute value, stored as base64 of:
 *
 *   version (1 byte, 0x01) | key fingerprint (4) | IV (12) | GCM tag (16) | ciphertext of JSON.stringify(value)
 *
 * The fingerprint picks the key among the primary and decryption-only keys without trying each,
 * and tells key rotation which values still need the primary key.
 */
const FORMAT_VERSION = 1;
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const IV_OFFSET = 1 + FINGERPRINT_BYTES;
const TAG_OFFSET = IV_OFFSET + IV_BYTES;
const BODY_OFFSET = TAG_OFFSET + TAG_BYTES;

export function encryptValue(key: EncryptionKey, value: unknown, aad: string): string {
  const plaintext = JSON.stringify(value);
  if (plaintext === undefined) throw new Error(`a value of type ${typeof value} cannot be encrypted`);
  // A fresh IV per value: GCM must never see the same key and IV twice.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key.secret, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const header = Buffer.alloc(IV_OFFSET);
  header.writeUInt8(FORMAT_VERSION, 0);
  header.writeUInt32BE(key.fingerprint, 1);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The fingerprint of the key that made a stored value; throws when the value is not in this format. */
export function readFingerprint(cipherText: string): number {
  return parse(cipherText).readUInt32BE(1);
}

/** Decrypts with the key the value names; throws when no key has that fingerprint or GCM rejects the tag. */
export function decryptValue(keyRing: KeyRing, cipherText: string, aad: string): unknown {
  const bytes = parse(cipherText);
  const fingerprint = bytes.readUInt32BE(1);
  const keys = keyRing.keysFor(fingerprint);
  if (keys.length === 0) {
    throw new Error(`the value was encrypted with a key that is not configured (fingerprint ${fingerprint.toString(16).padStart(8, '0')})`);
  }
  let failure: unknown;
  for (const key of keys) {
    try {
      const decipher = createDecipheriv(ALGORITHM, key.secret, bytes.subarray(IV_OFFSET, TAG_OFFSET), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(bytes.subarray(TAG_OFFSET, BODY_OFFSET));
      const plaintext = Buffer.concat([decipher.update(bytes.subarray(BODY_OFFSET)), decipher.final()]).toString('utf8');
      return JSON.parse(plaintext) as unknown;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

function parse(cipherText: string): Buffer {
  const bytes = Buffer.from(cipherText, 'base64');
  if (bytes.length <= BODY_OFFSET || bytes.readUInt8(0) !== FORMAT_VERSION) {
    throw new Error('the value is not an encrypted value of a known format version');
  }
  return bytes;
}
