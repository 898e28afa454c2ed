import { randomUUID } from 'node:crypto';
import type { SavedObjectsBaseOptions, SavedObjectsBulkGetObject, SavedObjectsClientContract, SavedObjectsFindOptions } from '@kbn/core-server';
import { attributesOf, type EncryptionScope } from './encryption_scope';
import { updateWithEncryption } from './encrypting_update';

/**
 * A saved objects client that encrypts the registered attributes of what it writes and strips
 * them from what it returns. Wraps every request's client, and the internal repository for
 * `getClient().asInternalUser`; objects of unregistered types pass through untouched.
 */
export function createEncryptingClient(client: SavedObjectsClientContract, scope: EncryptionScope): SavedObjectsClientContract {
  const { service } = scope;
  return {
    create: async (type, attributes, options = {}) => {
      if (!service.isRegistered(type)) return client.create(type, attributes, options);
      // The id is part of the AAD, so it is chosen before encrypting.
      const id = options.id ?? randomUUID();
      const plaintext = attributesOf(attributes);
      const encrypted = service.encryptAttributes(scope.descriptor(type, id, options), plaintext) as typeof attributes;
      return scope.forReaders(await client.create(type, encrypted, { ...options, id }), options, plaintext);
    },
    bulkCreate: async (objects, options = {}) => {
      const prepared = objects.map((object) => {
        if (!service.isRegistered(object.type)) return object;
        const id = object.id ?? randomUUID();
        const encrypted = service.encryptAttributes(scope.descriptor(object.type, id, options), attributesOf(object.attributes));
        return { ...object, id, attributes: encrypted as typeof object.attributes };
      });
      const response = await client.bulkCreate(prepared, options);
      return {
        ...response,
        saved_objects: response.saved_objects.map((saved, index) => scope.forReaders(saved, options, attributesOf(objects[index]?.attributes))),
      };
    },
    get: async <T>(type: string, id: string, options?: SavedObjectsBaseOptions) => scope.forReaders(await client.get<T>(type, id, options), options),
    bulkGet: async <T>(objects: SavedObjectsBulkGetObject[], options?: SavedObjectsBaseOptions) => {
      const response = await client.bulkGet<T>(objects, options);
      return { ...response, saved_objects: response.saved_objects.map((saved) => scope.forReaders(saved, options)) };
    },
    find: async <T>(options: SavedObjectsFindOptions) => {
      const response = await client.find<T>(options);
      return { ...response, saved_objects: response.saved_objects.map((found) => scope.forReaders(found, options)) };
    },
    update: async (type, id, attributes, options = {}) => {
      const definition = service.getDefinition(type);
      if (!definition) return client.update(type, id, attributes, options);
      return updateWithEncryption(client, scope, definition, { type, id, attributes, options });
    },
    delete: (type, id, options) => client.delete(type, id, options),
    bulkDelete: (objects, options) => client.bulkDelete(objects, options),
    countReferences: (targets, options) => client.countReferences(targets, options),
  };
}
