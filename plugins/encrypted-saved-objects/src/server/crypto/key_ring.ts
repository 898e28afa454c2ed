import { createSecretKey, type KeyObject, scrypt } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: string, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

/**
 * scrypt, once per configured key string at start. A 32-character key may be a passphrase an
 * admin typed, and the stored ciphertexts (or a fast fingerprint) would let whoever reads the
 * store test guesses offline; scrypt makes each guess cost ~32 MiB and tens of milliseconds.
 * The salt is fixed: it only separates this use of the key from others (the key is the secret).
 */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const SALT = 'kbn-encrypted-saved-objects/aes-256-gcm/v1';
const KEY_BYTES = 32;
export const FINGERPRINT_BYTES = 4;

export interface EncryptionKey {
  /** The AES-256 key (a KeyObject, so it never shows up when logged or inspected). */
  readonly secret: KeyObject;
  /** Written into every value the key encrypts; derived from the scrypt output, so it reveals nothing cheap to test. */
  readonly fingerprint: number;
  /** The fingerprint as 8 hex digits, for logs: compare it across instances that share a store. */
  readonly fingerprintHex: string;
}

export async function deriveEncryptionKey(keyText: string): Promise<EncryptionKey> {
  const derived = await scryptAsync(keyText, SALT, KEY_BYTES + FINGERPRINT_BYTES, SCRYPT);
  const fingerprint = derived.readUInt32BE(KEY_BYTES);
  return {
    secret: createSecretKey(derived.subarray(0, KEY_BYTES)),
    fingerprint,
    fingerprintHex: fingerprint.toString(16).padStart(FINGERPRINT_BYTES * 2, '0'),
  };
}

/** The primary key (encrypts and decrypts) and the decryption-only keys, found by fingerprint. */
export class KeyRing {
  private readonly byFingerprint = new Map<number, EncryptionKey[]>();

  constructor(
    public readonly primary: EncryptionKey,
    public readonly decryptionOnly: readonly EncryptionKey[]
  ) {
    for (const key of [primary, ...decryptionOnly]) {
      // Two keys may share 4 fingerprint bytes (1 in 4 billion): then both are tried.
      this.byFingerprint.set(key.fingerprint, [...(this.byFingerprint.get(key.fingerprint) ?? []), key]);
    }
  }

  public static async create(primaryKeyText: string, decryptionOnlyKeyTexts: readonly string[]): Promise<KeyRing> {
    const [primary, ...decryptionOnly] = await Promise.all([primaryKeyText, ...decryptionOnlyKeyTexts].map(deriveEncryptionKey));
    return new KeyRing(primary, decryptionOnly);
  }

  /** The keys that may have made a value with this fingerprint (none: made with a key we do not have). */
  public keysFor(fingerprint: number): readonly EncryptionKey[] {
    return this.byFingerprint.get(fingerprint) ?? [];
  }
}
