import type { Logger } from '@kbn/core-server';
import { decryptValue, encryptValue, readFingerprint } from '../crypto/cipher_text';
import { EncryptionError } from '../crypto/encryption_error';
import type { KeyRing } from '../crypto/key_ring';
import { stableStringify } from '../crypto/stable_stringify';
import type { EncryptedSavedObjectTypeRegistration } from '../types';
import { describeSavedObject, type SavedObjectDescriptor } from './descriptor';
import { EncryptedSavedObjectTypeDefinition } from './type_definition';

export type Attributes = Record<string, unknown>;

/**
 * The registered types and what is done to their attributes: encrypt before a write, decrypt for
 * the internal user, strip (or decrypt the exposed ones) for everyone else.
 *
 * Each encrypted attribute is its own ciphertext. Its AAD is the stable JSON of the descriptor
 * (type, id, space), the attribute's name (so two ciphertexts of one object cannot be swapped)
 * and the object's `attributesToIncludeInAAD` values.
 */
export class EncryptedSavedObjectsService {
  private readonly definitions = new Map<string, EncryptedSavedObjectTypeDefinition>();

  constructor(private readonly options: { keyRing: KeyRing; logger: Logger }) {}

  public registerType(registration: EncryptedSavedObjectTypeRegistration): void {
    if (this.definitions.has(registration.type)) throw new Error(`The "${registration.type}" saved object type is already registered.`);
    this.definitions.set(registration.type, new EncryptedSavedObjectTypeDefinition(registration));
  }

  public isRegistered(type: string): boolean {
    return this.definitions.has(type);
  }

  public registeredTypes(): string[] {
    return [...this.definitions.keys()];
  }

  public getDefinition(type: string): EncryptedSavedObjectTypeDefinition | undefined {
    return this.definitions.get(type);
  }

  /** A copy of `attributes` with every registered attribute that has a value encrypted with the primary key. */
  public encryptAttributes<T extends Attributes>(descriptor: SavedObjectDescriptor, attributes: T): T {
    const definition = this.definitions.get(descriptor.type);
    if (!definition) return attributes;
    const aad = this.aadFor(definition, descriptor, attributes);
    const encrypted: Attributes = { ...attributes };
    for (const name of definition.attributesToEncrypt) {
      if (attributes[name] == null) continue;
      try {
        encrypted[name] = encryptValue(this.options.keyRing.primary, attributes[name], aad(name));
      } catch (error) {
        this.options.logger.error(`Failed to encrypt "${name}" attribute of saved object "${describeSavedObject(descriptor)}": ${reason(error)}`);
        throw new EncryptionError(`Unable to encrypt attribute "${name}" of saved object "${describeSavedObject(descriptor)}"`, name, 'encryption', error);
      }
    }
    return encrypted as T;
  }

  /** A copy of stored `attributes` with every encrypted attribute decrypted; throws `EncryptionError`. */
  public decryptAttributes<T extends Attributes>(descriptor: SavedObjectDescriptor, attributes: T): T {
    const definition = this.definitions.get(descriptor.type);
    if (!definition) return attributes;
    const aad = this.aadFor(definition, descriptor, attributes);
    const decrypted: Attributes = { ...attributes };
    for (const name of definition.attributesToEncrypt) {
      if (attributes[name] != null) decrypted[name] = this.decryptAttribute(descriptor, name, attributes[name], aad(name));
    }
    return decrypted as T;
  }

  /**
   * What a saved objects client returns: secret attributes removed, `dangerouslyExposeValue` ones
   * decrypted (or taken from `plaintext`, the values just written). When an exposed one cannot be
   * decrypted, every encrypted attribute is removed and the reason returned, as Kibana does.
   */
  public stripOrDecryptAttributes<T extends Attributes>(
    descriptor: SavedObjectDescriptor,
    attributes: T,
    plaintext?: Attributes
  ): { attributes: T; error?: EncryptionError } {
    const definition = this.definitions.get(descriptor.type);
    if (!definition) return { attributes };
    const visible: Attributes = {};
    const exposed: string[] = [];
    for (const [name, value] of Object.entries(attributes)) {
      if (!definition.shouldBeEncrypted(name)) visible[name] = value;
      else if (!definition.shouldBeStripped(name)) exposed.push(name);
    }
    if (exposed.length === 0) return { attributes: visible as T };
    const aad = this.aadFor(definition, descriptor, attributes);
    try {
      const values = exposed.map((name) =>
        plaintext && Object.hasOwn(plaintext, name) ? plaintext[name] : attributes[name] == null ? attributes[name] : this.decryptAttribute(descriptor, name, attributes[name], aad(name))
      );
      exposed.forEach((name, index) => (visible[name] = values[index]));
      return { attributes: visible as T };
    } catch (error) {
      if (!(error instanceof EncryptionError)) throw error;
      return { attributes: visible as T, error };
    }
  }

  /**
   * For key rotation: the encrypted attributes that were not made with the primary key, decrypted
   * and encrypted again with it; `undefined` when all of them already use the primary key.
   */
  public reencryptWithPrimaryKey(descriptor: SavedObjectDescriptor, attributes: Attributes): Attributes | undefined {
    const definition = this.definitions.get(descriptor.type);
    if (!definition) return undefined;
    const primary = this.options.keyRing.primary.fingerprint;
    const stale = [...definition.attributesToEncrypt].filter((name) => attributes[name] != null && !this.hasFingerprint(attributes[name], primary));
    if (stale.length === 0) return undefined;
    const aad = this.aadFor(definition, descriptor, attributes);
    const reencrypted: Attributes = {};
    for (const name of stale) {
      const value = this.decryptAttribute(descriptor, name, attributes[name], aad(name));
      reencrypted[name] = encryptValue(this.options.keyRing.primary, value, aad(name));
    }
    return reencrypted;
  }

  private hasFingerprint(value: unknown, fingerprint: number): boolean {
    try {
      return typeof value === 'string' && readFingerprint(value) === fingerprint;
    } catch {
      return false;
    }
  }

  private decryptAttribute(descriptor: SavedObjectDescriptor, name: string, value: unknown, aad: string): unknown {
    try {
      if (typeof value !== 'string') throw new Error(`Encrypted "${name}" attribute should be a string, but found ${Array.isArray(value) ? 'Array' : typeof value}`);
      return decryptValue(this.options.keyRing, value, aad);
    } catch (error) {
      this.options.logger.error(`Failed to decrypt attribute "${name}" of saved object "${describeSavedObject(descriptor)}": ${reason(error)}`);
      throw new EncryptionError(`Unable to decrypt attribute "${name}" of saved object "${describeSavedObject(descriptor)}"`, name, 'decryption', error);
    }
  }

  /** The AAD of each attribute of one object; the bound attributes are collected once. */
  private aadFor(definition: EncryptedSavedObjectTypeDefinition, descriptor: SavedObjectDescriptor, attributes: Attributes): (attribute: string) => string {
    const bound = definition.collectAttributesForAAD(attributes);
    const { type, id, namespace } = descriptor;
    return (attribute) => stableStringify({ type, id, namespace, attribute, attributes: bound });
  }
}

/** The message of an error; duck-typed, since errors from node:crypto may come from another realm (jest). */
function reason(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
