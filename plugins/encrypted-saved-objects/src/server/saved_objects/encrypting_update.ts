import { mergeSavedObjectAttributes, SavedObjectsErrorHelpers, type SavedObject, type SavedObjectsClientContract, type SavedObjectsUpdateOptions } from '@kbn/core-server';
import { stableStringify } from '../crypto/stable_stringify';
import type { Attributes } from './encrypted_saved_objects_service';
import { attributesOf, type EncryptionScope } from './encryption_scope';
import type { EncryptedSavedObjectTypeDefinition } from './type_definition';

/** Reads again after a conflict this many times, when the caller did not pin a version. */
const MAX_ATTEMPTS = 3;

/**
 * A partial update of an encrypted type that keeps every ciphertext decryptable. Ciphertexts are
 * bound to the AAD attributes, and the store deep-merges partial updates, so when an update
 * touches a secret or an AAD attribute the stored object is read, the merged AAD values computed,
 * the secrets it leaves alone re-encrypted if those values changed, and the result written with
 * the version that was read (a concurrent write makes it a conflict, then it is tried again).
 */
export async function updateWithEncryption<T>(
  client: SavedObjectsClientContract,
  scope: EncryptionScope,
  definition: EncryptedSavedObjectTypeDefinition,
  request: { type: string; id: string; attributes: Partial<T>; options: SavedObjectsUpdateOptions<T> }
): Promise<SavedObject<T>> {
  const { type, id, attributes, options } = request;
  const update = attributesOf(attributes);
  if (options.upsert === undefined && !Object.keys(update).some((name) => definition.affectsCiphertexts(name))) {
    // Neither a secret nor an AAD attribute changes: the stored ciphertexts stay valid as they are.
    return scope.forReaders(await client.update(type, id, attributes, options), options);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await readModifyWrite<T>(client, scope, definition, request, update);
    } catch (error) {
      if (!SavedObjectsErrorHelpers.isConflictError(error) || options.version !== undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function readModifyWrite<T>(
  client: SavedObjectsClientContract,
  scope: EncryptionScope,
  definition: EncryptedSavedObjectTypeDefinition,
  { type, id, options }: { type: string; id: string; options: SavedObjectsUpdateOptions<T> },
  update: Attributes
): Promise<SavedObject<T>> {
  const { service } = scope;
  const descriptor = scope.descriptor(type, id, options);
  let stored: SavedObject<unknown>;
  try {
    stored = await client.get(type, id, options);
  } catch (error) {
    if (options.upsert === undefined || !SavedObjectsErrorHelpers.isNotFoundError(error)) throw error;
    const upsert = attributesOf(options.upsert);
    const created = await client.create(type, service.encryptAttributes(descriptor, upsert), { id, namespace: options.namespace, references: options.references });
    return scope.forReaders(created as SavedObject<T>, options, upsert);
  }

  const storedAttributes = attributesOf(stored.attributes);
  const merged = mergeSavedObjectAttributes(storedAttributes, update);
  // An `undefined` value is dropped on the way to the store, so such a secret counts as kept.
  const newSecrets = pick(update, (name) => definition.shouldBeEncrypted(name) && update[name] !== undefined);
  let plaintext = newSecrets;
  const aadBefore = stableStringify(definition.collectAttributesForAAD(storedAttributes));
  const aadAfter = definition.collectAttributesForAAD(merged);
  if (stableStringify(aadAfter) !== aadBefore) {
    // Only the secrets the update keeps are decrypted: one replaced by the update may be unreadable, that is fine.
    const kept = pick(storedAttributes, (name) => !Object.hasOwn(newSecrets, name));
    const decrypted = service.decryptAttributes(descriptor, kept);
    plaintext = { ...pick(decrypted, (name) => definition.shouldBeEncrypted(name)), ...newSecrets };
  }
  const plain = pick(merged, (name) => !definition.shouldBeEncrypted(name));
  const encrypted = service.encryptAttributes(descriptor, { ...plain, ...plaintext });
  // The full AAD values are written, so the store's deep merge leaves exactly the values the AAD was made from.
  const payload = { ...update, ...aadAfter, ...pick(encrypted, (name) => Object.hasOwn(plaintext, name)) };
  const saved = await client.update<T>(type, id, payload as Partial<T>, { ...options, upsert: undefined, version: options.version ?? stored.version });
  return scope.forReaders(saved, options, plaintext);
}

function pick(attributes: Attributes, keep: (name: string) => boolean): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => keep(name)));
}
