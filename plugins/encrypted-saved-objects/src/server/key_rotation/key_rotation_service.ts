import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Logger, SavedObjectsServiceStart } from '@kbn/core-server';
import { EncryptionError } from '../crypto/encryption_error';
import { describeSavedObject, descriptorNamespace } from '../saved_objects/descriptor';
import type { Attributes, EncryptedSavedObjectsService } from '../saved_objects/encrypted_saved_objects_service';

export interface KeyRotationParams {
  /** How many objects are read and re-encrypted at a time. */
  batchSize: number;
  /** Only this saved object type. */
  type?: string;
}

export interface KeyRotationResult {
  /** Objects of the registered types, in every space. */
  total: number;
  /** Objects that still used a decryption-only key and now use the primary key. */
  successful: number;
  /** Objects that needed re-encryption but could not get it (no key decrypts them, or a write failed). */
  failed: number;
}

/**
 * Re-encrypts with the primary key every value that the key fingerprint says was made with
 * another key, page by page through all spaces. Pages follow creation time and id, which
 * re-encryption does not change, so writing an object never moves it to another page; objects
 * created meanwhile use the primary key already. An object deleted meanwhile may shift a page by
 * one and leave an object for the next run.
 */
export class KeyRotationService {
  constructor(
    private readonly options: {
      service: EncryptedSavedObjectsService;
      logger: Logger;
      getSavedObjects(): Promise<SavedObjectsServiceStart>;
    }
  ) {}

  public async rotate({ batchSize, type }: KeyRotationParams): Promise<KeyRotationResult> {
    const { service, logger } = this.options;
    const savedObjects = await this.options.getSavedObjects();
    const typeRegistry = savedObjects.getTypeRegistry();
    const types = typeRegistry.getAllTypes().filter((known) => service.isRegistered(known.name) && (!type || known.name === type));
    const result: KeyRotationResult = { total: 0, successful: 0, failed: 0 };
    if (types.length === 0) {
      logger.info(
        type
          ? `Saved Object type "${type}" is not registered, encryption key rotation is not needed.`
          : 'There are no registered Saved Object types that can have encrypted attributes, encryption key rotation is not needed.'
      );
      return result;
    }
    const typeNames = types.map((known) => known.name);
    logger.info(`Saved Objects with the following types [${typeNames.join(',')}] will be processed.`);
    // Raw attributes are needed, so the internal repository (no encryption wrapper), hidden types included.
    const repository = savedObjects.createInternalRepository(types.filter((known) => known.hidden).map((known) => known.name));

    for (let page = 1; ; page++) {
      const batch = await repository.find<Attributes>({ type: typeNames, namespaces: ['*'], perPage: batchSize, page });
      if (page === 1) result.total = batch.total;
      for (const object of batch.saved_objects) {
        const namespace = object.namespaces?.[0];
        const descriptor = { type: object.type, id: object.id, namespace: descriptorNamespace(typeRegistry, object.type, namespace) };
        let reencrypted: Attributes | undefined;
        try {
          reencrypted = service.reencryptWithPrimaryKey(descriptor, object.attributes);
        } catch (error) {
          // The service has logged why; such an object is counted and left as it is.
          if (!(error instanceof EncryptionError)) throw error;
          result.failed++;
          continue;
        }
        if (!reencrypted) continue;
        try {
          // The version guard keeps a concurrent user write from being overwritten with older values.
          await repository.update(object.type, object.id, reencrypted, { namespace, version: object.version });
          result.successful++;
        } catch (error) {
          logger.error(`Failed to re-encrypt saved object "${describeSavedObject(descriptor)}": ${error instanceof Error ? error.message : String(error)}`);
          result.failed++;
        }
      }
      if (batch.saved_objects.length < batchSize) break;
      // SQLite runs queries on this thread: between batches, let the server answer other requests.
      await yieldToEventLoop();
    }

    logger.info(
      `Encryption key rotation is completed. ${result.successful} objects out of ${result.total} were successfully re-encrypted with the primary encryption key and ${result.failed} objects failed.`
    );
    return result;
  }
}
