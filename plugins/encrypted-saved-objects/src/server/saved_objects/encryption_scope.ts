import type { ISavedObjectTypeRegistry, SavedObject, SavedObjectsBaseOptions } from '@kbn/core-server';
import { descriptorNamespace, type SavedObjectDescriptor } from './descriptor';
import type { Attributes, EncryptedSavedObjectsService } from './encrypted_saved_objects_service';

/** How one encrypting client names objects and shows them to its callers. */
export interface EncryptionScope {
  readonly service: EncryptedSavedObjectsService;
  /** The descriptor of an object this client writes or reads in the space the call acts in. */
  descriptor(type: string, id: string, options?: SavedObjectsBaseOptions): SavedObjectDescriptor;
  /** A result as callers may see it: secrets stripped, exposed ones decrypted (or taken from `plaintext`). */
  forReaders<O extends SavedObject<unknown>>(object: O, options?: SavedObjectsBaseOptions, plaintext?: Attributes): O;
}

export interface EncryptionScopeOptions {
  service: EncryptedSavedObjectsService;
  typeRegistry: ISavedObjectTypeRegistry;
  /** The space a call acts in: the request's for a scoped client, `options.namespace` for the internal user. */
  namespaceOf(options?: SavedObjectsBaseOptions): string | undefined;
}

export function createEncryptionScope({ service, typeRegistry, namespaceOf }: EncryptionScopeOptions): EncryptionScope {
  const describe = (type: string, id: string, namespace: string | undefined): SavedObjectDescriptor => ({
    type,
    id,
    namespace: descriptorNamespace(typeRegistry, type, namespace),
  });
  return {
    service,
    descriptor: (type, id, options) => describe(type, id, namespaceOf(options)),
    forReaders: (object, options, plaintext) => {
      if (object.error || !service.isRegistered(object.type)) return object;
      // Objects carry their own space (a find over several spaces returns objects from each).
      const descriptor = describe(object.type, object.id, object.namespaces?.[0] ?? namespaceOf(options));
      const { attributes, error } = service.stripOrDecryptAttributes(descriptor, attributesOf(object.attributes), plaintext);
      const visible: typeof object = { ...object, attributes };
      return error ? { ...visible, error: { statusCode: 500, error: 'Internal Server Error', message: error.message } } : visible;
    },
  };
}

/** Saved object attributes are objects; anything else has nothing to encrypt. */
export function attributesOf(value: unknown): Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Attributes) : {};
}
