import type { EncryptedSavedObjectsPluginStart } from '@kbn/encrypted-saved-objects/server';

/**
 * Stores `count` `.bench-log` connectors in the default space in batches, through the encrypting
 * internal repository (what the create route writes, minus the HTTP round trips).
 */
export async function seedConnectors(eso: EncryptedSavedObjectsPluginStart, count: number): Promise<void> {
  const repository = eso.getClient({ includedHiddenTypes: ['action'] }).asInternalUser;
  for (let from = 0; from < count; from += 1000) {
    const objects = Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({
      type: 'action',
      attributes: { actionTypeId: '.bench-log', name: `Log ${from + i}`, isMissingSecrets: false, config: {}, secrets: {} },
    }));
    const result = await repository.bulkCreate(objects, { namespace: 'default' });
    const failed = result.saved_objects.find((object) => object.error);
    if (failed) throw new Error(`seeding connectors failed: ${JSON.stringify(failed.error)}`);
  }
}
