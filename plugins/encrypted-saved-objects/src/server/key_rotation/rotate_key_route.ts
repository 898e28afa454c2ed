import { schema } from '@kbn/config-schema';
import type { IRouter, Logger } from '@kbn/core-server';
import type { KeyRotationService } from './key_rotation_service';

/** Kibana's cap: the largest page the saved objects find API serves. */
const MAX_BATCH_SIZE = 10000;

/** `POST /api/encrypted_saved_objects/_rotate_key?batch_size=&type=`, as Kibana. */
export function defineRotateKeyRoute({
  router,
  rotationService,
  decryptionOnlyKeysCount,
  logger,
}: {
  router: IRouter;
  rotationService: KeyRotationService;
  decryptionOnlyKeysCount: number;
  logger: Logger;
}): void {
  // Per instance, as Kibana: two instances that share a store may still rotate at once (both use the version guard).
  let rotationInProgress = false;
  router.post(
    {
      path: '/api/encrypted_saved_objects/_rotate_key',
      validate: {
        query: schema.object({
          batch_size: schema.number({ min: 1, max: MAX_BATCH_SIZE, defaultValue: MAX_BATCH_SIZE }),
          type: schema.maybe(schema.string()),
        }),
      },
      options: {
        access: 'public',
        tags: ['oas-tag:saved objects'],
        summary: 'Rotate a key for encrypted saved objects',
        description:
          'If a saved object cannot be decrypted using the primary encryption key, Kibana attempts to decrypt it using the specified decryption-only keys. Rotation re-encrypts every such object with the primary key.',
      },
    },
    async (_context, request, response) => {
      if (decryptionOnlyKeysCount === 0) {
        return response.badRequest({
          body: 'Kibana is not configured to support encryption key rotation. Update `kibana.yml` to include `xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys` to rotate your encryption keys.',
        });
      }
      if (rotationInProgress) {
        return response.customError({
          body: 'Encryption key rotation is in progress already. Please wait until it is completed and try again.',
          statusCode: 429,
        });
      }
      rotationInProgress = true;
      try {
        const result = await rotationService.rotate({ batchSize: request.query.batch_size, type: request.query.type });
        return response.ok({ body: { ...result } });
      } catch (error) {
        logger.error(error instanceof Error ? error : String(error));
        return response.customError({ body: error instanceof Error ? error : String(error), statusCode: 500 });
      } finally {
        rotationInProgress = false;
      }
    }
  );
}
