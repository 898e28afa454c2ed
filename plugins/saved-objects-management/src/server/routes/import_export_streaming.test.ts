import { describeEachStore } from '@kbn/test';
import { parseExport, startSavedObjectsTestServer, type SavedObjectsTestServer } from '../test_support/saved_objects_test_server.mock';

const COUNT = 20000;

/** The file as a Blob built from many small parts, as a browser would send a big export. */
function generatedFile(): Blob {
  const lines: string[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const id = `gen-${String(i).padStart(5, '0')}`;
    // Each object references the one before it, across batch boundaries.
    const references = i === 0 ? [] : [{ name: 'previous', type: 'fixture-item', id: `gen-${String(i - 1).padStart(5, '0')}` }];
    lines.push(`${JSON.stringify({ type: 'fixture-item', id, attributes: { title: `Generated ${i}` }, references })}\n`);
  }
  return new Blob(lines);
}

describeEachStore('importing and exporting 20,000 objects', (getStore) => {
  let server: SavedObjectsTestServer;

  beforeAll(async () => {
    server = await startSavedObjectsTestServer(getStore().url, { 'savedObjects.maxImportExportSize': 100000 });
  }, 60_000);
  afterAll(() => server?.stop());

  test('all of them land, and all of them come back out', async () => {
    const res = (await server.upload('/api/saved_objects/_import', generatedFile())).body as { success: boolean; successCount: number; errors?: unknown[] };
    expect(res.errors).toBeUndefined();
    expect(res).toMatchObject({ success: true, successCount: COUNT });

    const exported = await server.exportText({ type: 'fixture-item' });
    const { objects, details } = parseExport(exported.text);
    expect(details).toMatchObject({ exportedCount: COUNT, missingRefCount: 0 });
    expect(objects).toHaveLength(COUNT);
    expect(new Set(objects.map((object) => object.id)).size).toBe(COUNT);
    // onExport ran on every page, not only the first.
    expect(objects.every((object) => (object.attributes as { exported?: boolean }).exported === true)).toBe(true);
    // References across batch boundaries (gen-00500 is in the second batch) were resolved, not missing.
    expect(objects.find((object) => object.id === 'gen-00500')?.references).toEqual([{ name: 'previous', type: 'fixture-item', id: 'gen-00499' }]);
  }, 300_000);
});
