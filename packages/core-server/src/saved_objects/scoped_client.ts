import type { ISavedObjectsRepository, SavedObjectsClientContract } from './types';

/** The repository bound to one space: every call acts in `namespace`, whatever the caller passes. */
export function createNamespacedClient(repository: ISavedObjectsRepository, namespace: string): SavedObjectsClientContract {
  return {
    create: (type, attributes, options) => repository.create(type, attributes, { ...options, namespace }),
    bulkCreate: (objects, options) => repository.bulkCreate(objects, { ...options, namespace }),
    get: (type, id) => repository.get(type, id, { namespace }),
    bulkGet: (objects) => repository.bulkGet(objects, { namespace }),
    find: (options) => repository.find({ ...options, namespace, namespaces: undefined }),
    update: (type, id, attributes, options) => repository.update(type, id, attributes, { ...options, namespace }),
    delete: (type, id, options) => repository.delete(type, id, { ...options, namespace }),
    bulkDelete: (objects, options) => repository.bulkDelete(objects, { ...options, namespace }),
    countReferences: (targets) => repository.countReferences(targets, { namespace }),
  };
}
