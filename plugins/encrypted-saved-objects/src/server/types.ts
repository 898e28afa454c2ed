import type {
  ISavedObjectsRepository,
  SavedObject,
  SavedObjectsBaseOptions,
  SavedObjectsFindOptions,
  SavedObjectsFindResponse,
  SavedObjectsFindResult,
} from '@kbn/core-server';
import type { EncryptionError } from './crypto/encryption_error';

/**
 * An attribute to encrypt. Its value never leaves the server through saved objects clients unless
 * `dangerouslyExposeValue` is set, in which case reads decrypt it for the caller.
 */
export interface AttributeToEncrypt {
  readonly key: string;
  readonly dangerouslyExposeValue?: boolean;
}

/** What `registerType` takes: which top-level attributes of a saved object type are secret. */
export interface EncryptedSavedObjectTypeRegistration {
  readonly type: string;
  readonly attributesToEncrypt: ReadonlySet<string | AttributeToEncrypt>;
  /** Plain attributes bound to the ciphertexts: changing one of them behind our back breaks decryption. */
  readonly attributesToIncludeInAAD?: ReadonlySet<string>;
}

export interface EncryptedSavedObjectsPluginSetup {
  /** True once a key is in place; always true here, since a missing key is generated and persisted. */
  canEncrypt: boolean;
  registerType(typeRegistration: EncryptedSavedObjectTypeRegistration): void;
}

export interface EncryptedSavedObjectsClientOptions {
  /** Hidden saved object types the client may read and write (`action` is hidden, for instance). */
  includedHiddenTypes?: string[];
}

/** A saved object the finder could not decrypt: secret attributes stripped, the reason in `error`. */
export type DecryptedSavedObjectsFindResult<T> = Omit<SavedObjectsFindResult<T>, 'error'> & { error?: EncryptionError };

export interface DecryptedSavedObjectsFindPage<T> extends Omit<SavedObjectsFindResponse<T>, 'saved_objects'> {
  saved_objects: Array<DecryptedSavedObjectsFindResult<T>>;
}

/** Acts as the Kibana server itself: no user, no space of a request; every call names its namespace. */
export interface EncryptedSavedObjectsClient {
  /** Reads one object with every encrypted attribute decrypted; throws an `EncryptionError` when one cannot be. */
  getDecryptedAsInternalUser<T = unknown>(type: string, id: string, options?: SavedObjectsBaseOptions): Promise<SavedObject<T>>;
  /**
   * Pages through `find` (page by page, `perPage` default 1000), decrypting each object. An object
   * that cannot be decrypted comes with `error` set and its secrets stripped; the rest go on.
   */
  findDecryptedAsInternalUser<T = unknown>(findOptions: SavedObjectsFindOptions): AsyncIterable<DecryptedSavedObjectsFindPage<T>>;
  /**
   * The internal repository with this plugin's encryption: `create`, `bulkCreate` and `update`
   * encrypt registered attributes, reads strip them (as a request's client does). For server code
   * that writes encrypted objects without a request, e.g. connectors created at start.
   */
  asInternalUser: ISavedObjectsRepository;
}

export interface EncryptedSavedObjectsPluginStart {
  isEncryptionError(error: unknown): error is EncryptionError;
  getClient(options?: EncryptedSavedObjectsClientOptions): EncryptedSavedObjectsClient;
}
