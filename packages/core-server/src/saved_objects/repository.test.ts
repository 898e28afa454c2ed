import { describeEachStore } from '@kbn/test';
import type { KibanaRequest } from '../http/types';
import { MemoryLogger } from '../logging/memory_logger';
import { StorageService } from '../storage/storage_service';
import type { StorageServiceStart } from '../storage/types';
import { SavedObjectsService } from './saved_objects_service';
import type { ISavedObjectsRepository, SavedObjectsServiceStart } from './types';

interface Connector {
  name: string;
  actionTypeId: string;
  config?: Record<string, unknown>;
  isMissingSecrets?: boolean;
}

describeEachStore('SavedObjectsRepository', (getStore) => {
  let storage: StorageService;
  let storageStart: StorageServiceStart;
  let savedObjects: SavedObjectsServiceStart;
  let repo: ISavedObjectsRepository;

  beforeAll(async () => {
    const { url, dataPath } = getStore();
    storage = new StorageService({ logger: new MemoryLogger(), config: { url, dataPath } });
    storage.setup();
    const service = new SavedObjectsService({ logger: new MemoryLogger() });
    const setup = service.setup();
    setup.registerType({
      name: 'action',
      namespaceType: 'multiple-isolated',
      hidden: true,
      mappings: { properties: { name: { type: 'text' }, actionTypeId: { type: 'keyword' } } },
      migrations: { '8.0.0': (doc) => ({ ...doc, attributes: { ...(doc.attributes as object), migrated: true } }) },
    });
    setup.registerType({ name: 'space', namespaceType: 'agnostic', hidden: false, mappings: { properties: { name: { type: 'text' } } } });
    setup.registerType({ name: 'rule', namespaceType: 'single', hidden: false, mappings: { properties: { name: { type: 'text' } } } });
    storageStart = await storage.start();
    savedObjects = service.start({ storage: storageStart });
    repo = savedObjects.createInternalRepository(['action']);
  });

  afterAll(() => storage.stop());

  test('create, get, update and delete round trip', async () => {
    const created = await repo.create<Connector>('action', { name: 'My Slack', actionTypeId: '.slack' }, { id: 'my-slack' });
    expect(created).toMatchObject({ id: 'my-slack', type: 'action', namespaces: ['default'], attributes: { name: 'My Slack' } });
    expect(created.version).toMatch(/^[A-Za-z0-9+/=]+$/);
    const read = await repo.get<Connector>('action', 'my-slack');
    expect(read.attributes).toEqual({ name: 'My Slack', actionTypeId: '.slack' });
    expect(read.version).toBe(created.version);

    const updated = await repo.update<Connector>('action', 'my-slack', { name: 'Renamed', config: { a: 1 } }, { version: read.version });
    expect(updated.attributes).toEqual({ name: 'Renamed', actionTypeId: '.slack', config: { a: 1 } });
    expect(updated.version).not.toBe(read.version);
    const merged = await repo.update<Connector>('action', 'my-slack', { config: { b: 2 } });
    expect(merged.attributes.config).toEqual({ a: 1, b: 2 });

    await repo.delete('action', 'my-slack');
    await expect(repo.get('action', 'my-slack')).rejects.toMatchObject({ statusCode: 404, message: 'Saved object [action/my-slack] not found' });
    await expect(repo.delete('action', 'my-slack')).rejects.toMatchObject({ statusCode: 404 });
  });

  test('generates ids and refuses duplicates with 409', async () => {
    const created = await repo.create<Connector>('action', { name: 'a', actionTypeId: '.index' });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(repo.create('action', { name: 'b', actionTypeId: '.index' }, { id: created.id })).rejects.toMatchObject({
      statusCode: 409,
      message: `Saved object [action/${created.id}] conflict`,
    });
    const overwritten = await repo.create<Connector>('action', { name: 'b', actionTypeId: '.index' }, { id: created.id, overwrite: true });
    expect(overwritten.attributes.name).toBe('b');
  });

  test('a stale version is a 409 conflict', async () => {
    const created = await repo.create<Connector>('action', { name: 'v', actionTypeId: '.email' });
    await repo.update('action', created.id, { name: 'v2' });
    await expect(repo.update('action', created.id, { name: 'v3' }, { version: created.version })).rejects.toMatchObject({
      statusCode: 409,
      message: `Saved object [action/${created.id}] conflict`,
    });
  });

  test('concurrent updates from the same version: exactly one wins', async () => {
    const created = await repo.create<Connector>('action', { name: 'race', actionTypeId: '.email' });
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => repo.update('action', created.id, { name: `race-${i}` }, { version: created.version }))
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 'rejected').every((a) => (a as PromiseRejectedResult).reason.statusCode === 409)).toBe(true);
  });

  test('objects live in one space; agnostic types in all', async () => {
    await repo.create('rule', { name: 'r1' }, { id: 'r1', namespace: 'space-a' });
    await expect(repo.get('rule', 'r1', { namespace: 'space-b' })).rejects.toMatchObject({ statusCode: 404 });
    expect((await repo.get('rule', 'r1', { namespace: 'space-a' })).namespaces).toEqual(['space-a']);
    await repo.create('rule', { name: 'r1 in b' }, { id: 'r1', namespace: 'space-b' });
    expect((await repo.get<{ name: string }>('rule', 'r1', { namespace: 'space-b' })).attributes.name).toBe('r1 in b');
    await repo.create('space', { name: 'Space A' }, { id: 'space-a', namespace: 'space-a' });
    const fromOther = await repo.get('space', 'space-a', { namespace: 'space-b' });
    expect(fromOther.namespaces).toBeUndefined();
  });

  test('find: search, filter, sort and paging', async () => {
    for (const [i, name] of ['Zeta alerts', 'alpha Slack', 'Beta slack hook', 'gamma'].entries()) {
      await repo.create('action', { name, actionTypeId: i % 2 ? '.slack' : '.webhook' }, { namespace: 'find-space' });
    }
    const slack = await repo.find<Connector>({ type: 'action', namespace: 'find-space', search: 'slack', searchFields: ['name'] });
    expect(slack.saved_objects.map((o) => o.attributes.name).sort()).toEqual(['Beta slack hook', 'alpha Slack']);
    const prefix = await repo.find<Connector>({ type: 'action', namespace: 'find-space', search: 'gam*' });
    expect(prefix.saved_objects.map((o) => o.attributes.name)).toEqual(['gamma']);
    const filtered = await repo.find<Connector>({ type: 'action', namespace: 'find-space', filter: { actionTypeId: '.slack' } });
    expect(filtered.total).toBe(2);
    const page = await repo.find<Connector>({ type: 'action', namespace: 'find-space', sortField: 'name', sortOrder: 'asc', perPage: 2, page: 2 });
    expect(page).toMatchObject({ total: 4, page: 2, per_page: 2 });
    expect(page.saved_objects.map((o) => o.attributes.name)).toEqual(['alpha Slack', 'gamma']);
    const other = await repo.find({ type: 'action', namespace: 'empty-space' });
    expect(other.total).toBe(0);
  });

  test('references: hasReference and countReferences', async () => {
    const target = await repo.create<Connector>('action', { name: 'target', actionTypeId: '.slack' }, { namespace: 'refs' });
    const ref = { name: 'action_0', type: 'action', id: target.id };
    await repo.create('rule', { name: 'uses it' }, { namespace: 'refs', references: [ref] });
    await repo.create('rule', { name: 'uses it too' }, { namespace: 'refs', references: [ref] });
    await repo.create('rule', { name: 'elsewhere' }, { namespace: 'other', references: [ref] });
    const found = await repo.find({ type: 'rule', namespace: 'refs', hasReference: { type: 'action', id: target.id } });
    expect(found.total).toBe(2);
    expect(found.saved_objects[0].references).toEqual([ref]);
    const counts = await repo.countReferences([{ type: 'action', id: target.id }, { type: 'action', id: 'none' }], { namespace: 'refs' });
    expect(counts.get(`action:${target.id}`)).toBe(2);
    expect(counts.get('action:none')).toBe(0);
    // Thousands of targets (a list of every connector) in one call.
    const many = Array.from({ length: 1200 }, (_, i) => ({ type: 'action', id: `many-${i}` }));
    const manyCounts = await repo.countReferences([...many, { type: 'action', id: target.id }], { namespace: 'refs' });
    expect(manyCounts.size).toBe(1201);
    expect(manyCounts.get(`action:${target.id}`)).toBe(2);
  });

  test('bulk create, get and delete report per object', async () => {
    await repo.create('rule', { name: 'exists' }, { id: 'bulk-1', namespace: 'bulk' });
    const created = await repo.bulkCreate(
      [
        { type: 'rule', id: 'bulk-1', attributes: { name: 'dup' } },
        { type: 'rule', id: 'bulk-2', attributes: { name: 'new' } },
      ],
      { namespace: 'bulk' }
    );
    expect(created.saved_objects[0].error).toMatchObject({ statusCode: 409 });
    expect(created.saved_objects[1].error).toBeUndefined();
    const read = await repo.bulkGet([{ type: 'rule', id: 'bulk-2' }, { type: 'rule', id: 'missing' }], { namespace: 'bulk' });
    expect(read.saved_objects[0].attributes).toEqual({ name: 'new' });
    expect(read.saved_objects[1].error).toMatchObject({ statusCode: 404, message: 'Saved object [rule/missing] not found' });
    const deleted = await repo.bulkDelete([{ type: 'rule', id: 'bulk-1' }, { type: 'rule', id: 'missing' }], { namespace: 'bulk' });
    expect(deleted.statuses.map((s) => s.success)).toEqual([true, false]);
  });

  test('bulk create in few statements: thousands at once, overwrite replaces objects and their references, a key twice in one call', async () => {
    const ref = (id: string) => [{ name: 'action_0', type: 'action', id }];
    const many = Array.from({ length: 1200 }, (_, i) => ({ type: 'rule', id: `many-${i}`, attributes: { name: `rule ${i}` }, references: ref('first') }));
    const first = await repo.bulkCreate(many, { namespace: 'batch' });
    expect(first.saved_objects.filter((object) => object.error)).toEqual([]);
    const again = await repo.bulkCreate(
      [
        { type: 'rule', id: 'many-0', attributes: { name: 'replaced' }, references: ref('second') },
        { type: 'rule', id: 'fresh', attributes: { name: 'one' } },
        { type: 'rule', id: 'fresh', attributes: { name: 'two' } },
      ],
      { namespace: 'batch', overwrite: true }
    );
    expect(again.saved_objects.map((object) => object.error)).toEqual([undefined, undefined, undefined]);
    expect((await repo.get('rule', 'many-0', { namespace: 'batch' })).references).toEqual(ref('second'));
    expect((await repo.get('rule', 'fresh', { namespace: 'batch' })).attributes).toEqual({ name: 'two' });
    // Reading them back at once: find and bulkGet with more than a thousand objects.
    const found = await repo.find({ type: 'rule', namespace: 'batch', perPage: 2000 });
    expect(found.saved_objects).toHaveLength(1201);
    expect(found.saved_objects.find((object) => object.id === 'many-7')?.references).toEqual(ref('first'));
    const got = await repo.bulkGet(many.map(({ type, id }) => ({ type, id })), { namespace: 'batch' });
    expect(got.saved_objects.filter((object) => object.error)).toEqual([]);
    expect(got.saved_objects[1199].references).toEqual(ref('first'));
    const counts = await repo.countReferences([{ type: 'action', id: 'first' }, { type: 'action', id: 'second' }], { namespace: 'batch' });
    expect([counts.get('action:first'), counts.get('action:second')]).toEqual([1199, 1]);
    const twice = await repo.bulkCreate(
      [
        { type: 'rule', id: 'twice', attributes: { name: 'a' } },
        { type: 'rule', id: 'twice', attributes: { name: 'b' } },
      ],
      { namespace: 'batch' }
    );
    expect(twice.saved_objects[1].error).toMatchObject({ statusCode: 409 });
    expect((await repo.get('rule', 'twice', { namespace: 'batch' })).attributes).toEqual({ name: 'a' });
  });

  test('deleteByNamespace removes only that space', async () => {
    await repo.create('rule', { name: 'x' }, { namespace: 'doomed' });
    await repo.create('rule', { name: 'y' }, { namespace: 'doomed' });
    await repo.create('rule', { name: 'z' }, { namespace: 'kept' });
    expect(await repo.deleteByNamespace('doomed')).toEqual({ deleted: 2 });
    expect((await repo.find({ type: 'rule', namespace: 'kept' })).total).toBe(1);
  });

  test('migrations run on documents from older versions', async () => {
    const old = await repo.create('action', { name: 'old', actionTypeId: '.slack' }, { typeMigrationVersion: '7.10.0' });
    expect(old.attributes).toMatchObject({ migrated: true });
    expect(old.typeMigrationVersion).toBe('8.0.0');
    const current = await repo.create('action', { name: 'new', actionTypeId: '.slack' });
    expect(current.attributes).not.toHaveProperty('migrated');
    await expect(repo.create('action', { name: 'x', actionTypeId: '.slack' }, { typeMigrationVersion: '99.0.0' })).rejects.toMatchObject({ statusCode: 400 });
  });

  test('scoped clients act in the request space and hide hidden types unless included', async () => {
    const request = { spaceId: 'scoped' } as KibanaRequest;
    const client = savedObjects.getScopedClient(request);
    await expect(client.create('action', { name: 'n' })).rejects.toMatchObject({
      statusCode: 400,
      message: "Unsupported saved object type: 'action': Bad Request",
    });
    const withActions = savedObjects.getScopedClient(request, { includedHiddenTypes: ['action'] });
    const created = await withActions.create('action', { name: 'n', actionTypeId: '.slack' }, { namespace: 'elsewhere' });
    expect(created.namespaces).toEqual(['scoped']);
  });

  test('platform metadata: setIfAbsent keeps the first value', async () => {
    expect(await storageStart.metadata.setIfAbsent('k', 'first')).toBe('first');
    expect(await storageStart.metadata.setIfAbsent('k', 'second')).toBe('first');
    await storageStart.metadata.set('k', 'third');
    expect(await storageStart.metadata.get('k')).toBe('third');
  });
});
