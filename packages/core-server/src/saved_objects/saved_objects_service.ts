import type { Kysely } from 'kysely';
import type { KibanaRequest } from '../http/types';
import type { Logger } from '../logging/types';
import type { StorageServiceStart } from '../storage/types';
import { SavedObjectsRepository } from './repository';
import { createNamespacedClient } from './scoped_client';
import type { SavedObjectsTables } from './table';
import { SavedObjectTypeRegistry } from './type_registry';
import type { SavedObjectsClientWrapperFactory, SavedObjectsServiceSetup, SavedObjectsServiceStart } from './types';

interface Wrapper {
  priority: number;
  id: string;
  factory: SavedObjectsClientWrapperFactory;
}

/** Types, repositories and per-request clients of saved objects. */
export class SavedObjectsService {
  private readonly registry = new SavedObjectTypeRegistry();
  private readonly wrappers: Wrapper[] = [];

  constructor(private readonly deps: { logger: Logger }) {}

  public setup(): SavedObjectsServiceSetup {
    return {
      registerType: (type) => this.registry.registerType(type as Parameters<SavedObjectTypeRegistry['registerType']>[0]),
      addClientWrapper: (priority, id, factory) => {
        if (this.wrappers.some((wrapper) => wrapper.id === id)) throw new Error(`Saved objects client wrapper [${id}] is already registered`);
        this.wrappers.push({ priority, id, factory });
        this.wrappers.sort((a, b) => a.priority - b.priority);
      },
    };
  }

  public start({ storage }: { storage: StorageServiceStart }): SavedObjectsServiceStart {
    const db = storage.getDb<SavedObjectsTables>() as Kysely<SavedObjectsTables>;
    const registry = this.registry;
    const visibleTypes = registry.getAllTypes().filter((type) => !type.hidden).map((type) => type.name);
    const repositoryFor = (includedHiddenTypes: string[] = []) =>
      new SavedObjectsRepository(db, storage.dialect, registry, new Set([...visibleTypes, ...includedHiddenTypes]));
    this.deps.logger.debug(`Saved object types: ${registry.getAllTypes().map((type) => type.name).join(', ')}`);
    return {
      getTypeRegistry: () => registry,
      createInternalRepository: (includedHiddenTypes) => repositoryFor(includedHiddenTypes),
      getScopedClient: (request: KibanaRequest, options = {}) => {
        const base = createNamespacedClient(repositoryFor(options.includedHiddenTypes), request.spaceId);
        // Lowest priority first, so it sits closest to the repository.
        return this.wrappers.reduce((client, wrapper) => wrapper.factory({ client, request, typeRegistry: registry }), base);
      },
    };
  }
}
