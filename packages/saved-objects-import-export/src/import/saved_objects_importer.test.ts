import { Readable } from 'node:stream';
import type { ISavedObjectTypeRegistry, SavedObject, SavedObjectsClientContract, SavedObjectsType } from '@kbn/core-server';
import { SavedObjectsImporter } from './saved_objects_importer';

const itemType: SavedObjectsType = {
  name: 'item',
  namespaceType: 'single',
  hidden: false,
  mappings: { properties: {} },
  management: { importableAndExportable: true },
};
const registry: ISavedObjectTypeRegistry = {
  getType: (name) => (name === 'item' ? itemType : undefined),
  getAllTypes: () => [itemType],
  getImportableAndExportableTypes: () => [itemType],
  isHidden: () => false,
  isNamespaceAgnostic: () => false,
};

/** A store in a Map whose `bulkCreate` can be made to fail, as a transaction that rolls back. */
function memoryStore(failWhen: (ids: string[]) => boolean) {
  const objects = new Map<string, SavedObject>();
  const client = {
    bulkGet: async (refs: Array<{ type: string; id: string }>) => ({
      saved_objects: refs.map((ref) => objects.get(`${ref.type}:${ref.id}`) ?? { ...ref, attributes: {}, references: [], error: { statusCode: 404, error: 'Not Found', message: 'not found' } }),
    }),
    bulkCreate: async (items: Array<{ type: string; id?: string; attributes: unknown; references?: SavedObject['references'] }>) => {
      const ids = items.map((item) => item.id as string);
      if (failWhen(ids)) throw new Error('connection reset');
      return {
        saved_objects: items.map((item) => {
          const object = { type: item.type, id: item.id as string, attributes: item.attributes, references: item.references ?? [] };
          objects.set(`${item.type}:${object.id}`, object);
          return object;
        }),
      };
    },
  } as unknown as SavedObjectsClientContract;
  return { client, objects };
}

const file = (count: number) => Readable.from(Array.from({ length: count }, (_, i) => `${JSON.stringify({ type: 'item', id: `i${i}`, attributes: { title: `T${i}` }, references: [] })}\n`));

describe('SavedObjectsImporter batches', () => {
  test('a batch whose write fails is reported object by object; the other batches are written', async () => {
    const store = memoryStore((ids) => ids.includes('i2'));
    const importer = new SavedObjectsImporter({ savedObjectsClient: store.client, typeRegistry: registry, importSizeLimit: 100, batchSize: 2 });
    const result = await importer.import({ readStream: file(5), overwrite: false, createNewCopies: false });
    expect(result.success).toBe(false);
    expect(result.successResults?.map((r) => r.id)).toEqual(['i0', 'i1', 'i4']);
    expect(result.errors).toEqual([
      { type: 'item', id: 'i2', title: 'T2', meta: { title: 'T2' }, error: { type: 'unknown', message: 'connection reset', statusCode: 500 } },
      { type: 'item', id: 'i3', title: 'T3', meta: { title: 'T3' }, error: { type: 'unknown', message: 'connection reset', statusCode: 500 } },
    ]);
    expect([...store.objects.keys()]).toEqual(['item:i0', 'item:i1', 'item:i4']);
  });

  test('new copies keep references between objects of different batches pointing at the copies', async () => {
    const store = memoryStore(() => false);
    const importer = new SavedObjectsImporter({ savedObjectsClient: store.client, typeRegistry: registry, importSizeLimit: 100, batchSize: 1 });
    const lines = [
      { type: 'item', id: 'a', attributes: {}, references: [{ name: 'b', type: 'item', id: 'b' }] },
      { type: 'item', id: 'b', attributes: {}, references: [] },
    ].map((line) => `${JSON.stringify(line)}\n`);
    const result = await importer.import({ readStream: Readable.from(lines), overwrite: false, createNewCopies: true });
    const [a, b] = result.successResults ?? [];
    expect(store.objects.get(`item:${a.destinationId}`)?.references).toEqual([{ name: 'b', type: 'item', id: b.destinationId }]);
  });
});
