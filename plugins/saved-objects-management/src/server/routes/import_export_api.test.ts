import { describeEachStore } from '@kbn/test';
import { parseExport, startSavedObjectsTestServer, type SavedObjectsTestServer } from '../test_support/saved_objects_test_server.mock';

const item = (id: string, title: string, references: Array<{ type: string; id: string }> = [], extra: Record<string, unknown> = {}) => ({
  type: 'fixture-item',
  id,
  attributes: { title, ...extra },
  references: references.map((ref, index) => ({ name: `ref_${index}`, ...ref })),
});
const ndjson = (objects: unknown[]) => objects.map((object) => JSON.stringify(object)).join('\n');

describeEachStore('saved objects import and export API', (getStore) => {
  let server: SavedObjectsTestServer;

  beforeAll(async () => {
    server = await startSavedObjectsTestServer(getStore().url, { 'savedObjects.maxImportPayloadBytes': 20000, 'savedObjects.maxImportExportSize': 50 });
    const seed = await server.upload('/api/saved_objects/_import', ndjson([item('a', 'A', [{ type: 'fixture-item', id: 'b' }]), item('b', 'B', [{ type: 'fixture-item', id: 'c' }]), item('c', 'C'), item('p', 'private')]));
    expect(seed.body).toMatchObject({ success: true, successCount: 4 });
  }, 60_000);
  afterAll(() => server?.stop());

  test('export by objects, with references followed deep, onExport applied and isExportable honoured', async () => {
    const res = await server.exportText({ objects: [{ type: 'fixture-item', id: 'a' }], includeReferencesDeep: true });
    const { objects, details } = parseExport(res.text);
    expect(objects.map((o) => [o.id, (o.attributes as { exported?: boolean }).exported])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
    ]);
    expect(details).toEqual({ exportedCount: 3, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] });
    const byType = parseExport((await server.exportText({ type: 'fixture-item' })).text);
    expect(byType.objects.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(byType.details).toMatchObject({ exportedCount: 3, excludedObjectsCount: 1, excludedObjects: [{ type: 'fixture-item', id: 'p', reason: 'excluded' }] });
    const bare = await server.exportText({ type: ['fixture-item'], excludeExportDetails: true });
    expect(parseExport(bare.text).details).toBeUndefined();
    const referencing = parseExport((await server.exportText({ type: 'fixture-item', hasReference: { type: 'fixture-item', id: 'c' } })).text);
    expect(referencing.objects.map((o) => o.id)).toEqual(['b']);
    expect(parseExport((await server.exportText({ type: '*' }, '/s/default')).text).objects.map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });

  test('the routes are in the OpenAPI document', async () => {
    const oas = (await server.api('GET', '/api/oas?pathStartsWith=/api/saved_objects')) as { status: number; body: { paths: Record<string, unknown> } };
    expect(oas.status).toBe(200);
    expect(Object.keys(oas.body.paths).sort()).toEqual(['/api/saved_objects/_export', '/api/saved_objects/_import', '/api/saved_objects/_resolve_import_errors']);
  });

  test('export refusals use Kibana’s messages', async () => {
    const bad = async (body: unknown) => JSON.parse((await server.exportText(body)).text) as unknown;
    expect(await bad({})).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Either `type` or `objects` are required.' });
    expect(await bad({ type: 'fixture-secret' })).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Trying to export non-exportable type(s): fixture-secret' });
    expect(await bad({ objects: [{ type: 'fixture-item', id: 'nope' }] })).toMatchObject({
      statusCode: 400,
      message: 'Error fetching objects to export',
      attributes: { objects: [{ type: 'fixture-item', id: 'nope', error: { statusCode: 404 } }] },
    });
    const many = ndjson(Array.from({ length: 50 }, (_, i) => item(`bulk-${i}`, `Bulk ${i}`)));
    expect((await server.upload('/s/default/api/saved_objects/_import', many)).body).toMatchObject({ success: true, successCount: 50 });
    expect(await bad({ type: 'fixture-item' })).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: `Can't export more than 50 objects. If your server has enough memory, this limit can be increased by adjusting the "savedObjects.maxImportExportSize" setting.`,
    });
  });

  test('missing references and unsupported types are reported per object; the rest is written', async () => {
    const file = ndjson([
      item('m1', 'Needs ghost', [{ type: 'fixture-item', id: 'ghost' }, { type: 'fixture-item', id: 'c' }]),
      item('m2', 'Refers to m3 in the same file', [{ type: 'fixture-item', id: 'm3' }]),
      item('m3', 'Target'),
      { type: 'unknown-type', id: 'u1', attributes: { title: 'Who' }, references: [] },
      { type: 'fixture-secret', id: 's1', attributes: {}, references: [] },
    ]);
    const res = await server.upload('/api/saved_objects/_import', file);
    expect(res.body).toEqual({
      success: false,
      successCount: 2,
      successResults: [
        { type: 'fixture-item', id: 'm2', managed: false, meta: { title: 'Item: Refers to m3 in the same file', icon: 'document' } },
        { type: 'fixture-item', id: 'm3', managed: false, meta: { title: 'Item: Target', icon: 'document' } },
      ],
      errors: [
        { type: 'unknown-type', id: 'u1', title: 'Who', meta: { title: 'Who' }, error: { type: 'unsupported_type' } },
        { type: 'fixture-secret', id: 's1', meta: {}, error: { type: 'unsupported_type' } },
        { type: 'fixture-item', id: 'm1', title: 'Needs ghost', meta: { title: 'Needs ghost', icon: 'document' }, error: { type: 'missing_references', references: [{ type: 'fixture-item', id: 'ghost' }] } },
      ],
      warnings: [],
    });
    const retried = await server.upload('/api/saved_objects/_resolve_import_errors', file, {
      fields: { retries: JSON.stringify([{ type: 'fixture-item', id: 'm1', overwrite: false, replaceReferences: [{ type: 'fixture-item', from: 'ghost', to: 'c' }] }]) },
    });
    expect(retried.body).toMatchObject({ success: true, successCount: 1, successResults: [{ type: 'fixture-item', id: 'm1' }] });
    const ignored = await server.upload('/api/saved_objects/_resolve_import_errors', ndjson([item('m4', 'Ignore', [{ type: 'fixture-item', id: 'ghost' }])]), {
      fields: { retries: JSON.stringify([{ type: 'fixture-item', id: 'm4', overwrite: false, ignoreMissingReferences: true }]) },
    });
    expect(ignored.body).toMatchObject({ success: true, successCount: 1 });
  });

  test('resolve import errors reports a requested overwrite as one, whether or not the object existed (as Kibana)', async () => {
    const file = ndjson([item('c', 'C again'), item('fresh', 'Fresh')]);
    const retries = [
      { type: 'fixture-item', id: 'c', overwrite: true },
      { type: 'fixture-item', id: 'fresh', overwrite: true },
    ];
    const res = await server.upload('/api/saved_objects/_resolve_import_errors', file, { fieldsAfter: { retries: JSON.stringify(retries) } });
    expect(res.body).toMatchObject({
      success: true,
      successResults: [
        { id: 'c', overwrite: true, meta: { title: 'Item: C again' } },
        { id: 'fresh', overwrite: true, meta: { title: 'Item: Fresh' } },
      ],
    });
  });

  test('new copies rewrite references between the copied objects; onImport warnings come back', async () => {
    const file = ndjson([item('x1', 'X1', [{ type: 'fixture-item', id: 'x2' }], { warn: true }), item('x2', 'X2')]);
    const res = (await server.upload('/api/saved_objects/_import?createNewCopies=true', file)).body as {
      successResults: Array<{ id: string; destinationId: string }>;
      warnings: unknown[];
    };
    expect(res.warnings).toEqual([{ type: 'simple', message: 'fixture-item warning' }]);
    const [x1, x2] = res.successResults;
    const exported = parseExport((await server.exportText({ objects: [{ type: 'fixture-item', id: x1.destinationId }] })).text);
    expect(exported.objects[0].references).toEqual([{ name: 'ref_0', type: 'fixture-item', id: x2.destinationId }]);
  });

  test('bad files: a bad NDJSON line, a wrong extension, too many objects, too many bytes, duplicates; nothing is written', async () => {
    const badLine = await server.upload('/api/saved_objects/_import', `${JSON.stringify(item('ok-1', 'fine'))}\n{"type": "fixture-item", "id": \n`);
    expect(badLine.status).toBe(400);
    expect(badLine.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^Unexpected content on line 2 of the import file: /), attributes: { line: 2 } });
    const notWritten = async (id: string) => JSON.parse((await server.exportText({ objects: [{ type: 'fixture-item', id }] })).text) as unknown;
    expect(await notWritten('ok-1')).toMatchObject({ message: 'Error fetching objects to export' });

    expect((await server.upload('/api/saved_objects/_import', '{}', { filename: 'export.json' })).body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid file extension .json' });
    const tooMany = await server.upload('/api/saved_objects/_import', ndjson(Array.from({ length: 51 }, (_, i) => item(`t-${i}`, 'x'))));
    expect(tooMany.body).toEqual({ statusCode: 400, error: 'Bad Request', message: "Can't import more than 50 objects" });
    const tooBig = await server.upload('/api/saved_objects/_import', ndjson([item('big', 'x'.repeat(30000))]));
    expect(tooBig).toEqual({ status: 413, body: { statusCode: 413, error: 'Payload Too Large', message: 'Payload content length greater than maximum allowed: 20000' } });
    const duplicates = await server.upload('/api/saved_objects/_import', ndjson([item('d', '1'), item('d', '2')]));
    expect(duplicates.body).toMatchObject({ statusCode: 400, message: 'Non-unique import objects detected: [fixture-item:d]' });
    expect(await notWritten('t-0')).toMatchObject({ message: 'Error fetching objects to export' });
  });
});
