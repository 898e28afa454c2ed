import { isAbsolute, join } from 'node:path';
import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core-server';
import type { ConfigType } from './config';
import { EncryptionError } from './crypto/encryption_error';
import { KeyRing } from './crypto/key_ring';
import { readOrCreateGeneratedKey } from './encryption_key/generated_key';
import { KeyRotationService } from './key_rotation/key_rotation_service';
import { defineRotateKeyRoute } from './key_rotation/rotate_key_route';
import { EncryptedSavedObjectsService } from './saved_objects/encrypted_saved_objects_service';
import { createEncryptedSavedObjectsClient } from './saved_objects/encrypted_saved_objects_client';
import { createEncryptingClient } from './saved_objects/encrypting_client';
import { createEncryptionScope } from './saved_objects/encryption_scope';
import type { EncryptedSavedObjectsPluginSetup, EncryptedSavedObjectsPluginStart } from './types';

/**
 * The encryption wrapper sits closest to the repository (lowest priority runs first), so every
 * other wrapper (security, audit) only ever sees stripped attributes, and what they pass down is
 * encrypted last, just before it is stored.
 */
const WRAPPER_PRIORITY = Number.MIN_SAFE_INTEGER;
const WRAPPER_ID = 'encryptedSavedObjects';

export class EncryptedSavedObjectsPlugin implements Plugin<EncryptedSavedObjectsPluginSetup, EncryptedSavedObjectsPluginStart> {
  private readonly logger: Logger;
  /** Made in setup (where the keys are derived and types registered), handed out in start. */
  private service?: EncryptedSavedObjectsService;

  constructor(private readonly context: PluginInitializerContext<ConfigType>) {
    this.logger = context.logger.get();
  }

  public async setup(core: CoreSetup): Promise<EncryptedSavedObjectsPluginSetup> {
    const config = this.context.config.get<ConfigType>();
    const keyRing = await KeyRing.create(config.encryptionKey ?? readOrCreateGeneratedKey(this.dataPath(), this.logger), config.keyRotation.decryptionOnlyKeys);
    // Fingerprints, not hashes of the keys: operators can compare instances without a fast guess oracle.
    this.logger.info(`Fingerprint of 'xpack.encryptedSavedObjects.encryptionKey' for this instance: ${keyRing.primary.fingerprintHex}`);
    if (keyRing.decryptionOnly.length > 0) {
      this.logger.info(
        `Fingerprints of 'xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys' for this instance: ${keyRing.decryptionOnly.map((key) => key.fingerprintHex).join(',')}`
      );
    }
    const service = new EncryptedSavedObjectsService({ keyRing, logger: this.logger });
    this.service = service;

    core.savedObjects.addClientWrapper(WRAPPER_PRIORITY, WRAPPER_ID, ({ client, request, typeRegistry }) =>
      createEncryptingClient(client, createEncryptionScope({ service, typeRegistry, namespaceOf: () => request.spaceId }))
    );
    defineRotateKeyRoute({
      router: core.http.createRouter(),
      logger: this.logger.get('routes'),
      decryptionOnlyKeysCount: keyRing.decryptionOnly.length,
      rotationService: new KeyRotationService({
        service,
        logger: this.logger.get('key-rotation-service'),
        getSavedObjects: async () => (await core.getStartServices())[0].savedObjects,
      }),
    });

    return {
      canEncrypt: true,
      registerType: (registration) => service.registerType(registration),
    };
  }

  public start(core: CoreStart): EncryptedSavedObjectsPluginStart {
    const service = this.service;
    if (!service) throw new Error('The encryptedSavedObjects plugin is started before it was set up');
    const knownTypes = new Set(core.savedObjects.getTypeRegistry().getAllTypes().map((type) => type.name));
    for (const type of service.registeredTypes().filter((name) => !knownTypes.has(name))) {
      this.logger.warn(`Encrypted saved object type "${type}" is not a registered saved object type.`);
    }
    return {
      isEncryptionError: (error): error is EncryptionError => error instanceof EncryptionError,
      getClient: (options = {}) => createEncryptedSavedObjectsClient(service, core.savedObjects, options),
    };
  }

  /** `path.data`, relative paths taken from the repository root as core does. */
  private dataPath(): string {
    const { data } = this.context.config.global.path;
    return isAbsolute(data) ? data : join(this.context.env.repoRoot, data);
  }
}
