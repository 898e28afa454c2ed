import type { SavedObject, SavedObjectsFindOptions, SavedObjectsFindResult, SavedObjectsServiceStart } from '@kbn/core-server';
import { EncryptionError } from '../crypto/encryption_error';
import type { DecryptedSavedObjectsFindPage, DecryptedSavedObjectsFindResult, EncryptedSavedObjectsClient, EncryptedSavedObjectsClientOptions } from '../types';
import { descriptorNamespace } from './descriptor';
import type { EncryptedSavedObjectsService } from './encrypted_saved_objects_service';
import { createEncryptingClient } from './encrypting_client';
import { attributesOf, createEncryptionScope } from './encryption_scope';

/** Page size of `findDecryptedAsInternalUser` when the options set none (as Kibana's point-in-time finder). */
const DEFAULT_FINDER_PAGE_SIZE = 1000;

/** The client `getClient()` hands out: the internal repository, raw for decryption, wrapped for writes. */
export function createEncryptedSavedObjectsClient(
  service: EncryptedSavedObjectsService,
  savedObjects: SavedObjectsServiceStart,
  options: EncryptedSavedObjectsClientOptions = {}
): EncryptedSavedObjectsClient {
  const repository = savedObjects.createInternalRepository(options.includedHiddenTypes);
  const typeRegistry = savedObjects.getTypeRegistry();
  const descriptorOf = (object: SavedObject<unknown>) => ({
    type: object.type,
    id: object.id,
    namespace: descriptorNamespace(typeRegistry, object.type, object.namespaces?.[0]),
  });

  const decryptOrReport = <T>({ error: _none, ...object }: SavedObjectsFindResult<T>): DecryptedSavedObjectsFindResult<T> => {
    const descriptor = descriptorOf(object);
    try {
      return { ...object, attributes: service.decryptAttributes(descriptor, attributesOf(object.attributes)) as T };
    } catch (error) {
      if (!(error instanceof EncryptionError)) throw error;
      // The consumer decides whether to go on with the plain attributes or to skip the object.
      const { attributes } = service.stripOrDecryptAttributes(descriptor, attributesOf(object.attributes));
      return { ...object, attributes: attributes as T, error };
    }
  };

  async function* findDecrypted<T>(findOptions: SavedObjectsFindOptions): AsyncGenerator<DecryptedSavedObjectsFindPage<T>> {
    const perPage = findOptions.perPage ?? DEFAULT_FINDER_PAGE_SIZE;
    for (let page = findOptions.page ?? 1; ; page++) {
      const response = await repository.find<T>({ ...findOptions, perPage, page });
      yield { ...response, saved_objects: response.saved_objects.map((object) => decryptOrReport(object)) };
      if (response.saved_objects.length < perPage || page * perPage >= response.total) return;
    }
  }

  const encrypting = createEncryptingClient(
    repository,
    createEncryptionScope({ service, typeRegistry, namespaceOf: (callOptions) => callOptions?.namespace })
  );

  return {
    getDecryptedAsInternalUser: async <T>(type: string, id: string, getOptions?: { namespace?: string }) => {
      const object = await repository.get<T>(type, id, getOptions);
      if (!service.isRegistered(type)) return object;
      return { ...object, attributes: service.decryptAttributes(descriptorOf(object), attributesOf(object.attributes)) as T };
    },
    findDecryptedAsInternalUser: (findOptions) => findDecrypted(findOptions),
    asInternalUser: { ...encrypting, deleteByNamespace: (namespace) => repository.deleteByNamespace(namespace) },
  };
}
