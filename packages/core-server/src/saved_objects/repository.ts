import { randomUUID } from 'node:crypto';
import { type Kysely, type SqlBool, type Transaction, sql } from 'kysely';
import { HttpError } from '../errors/http_error';
import type { StorageDialect } from '../storage/types';
import { SavedObjectsErrorHelpers, toBulkError } from './errors';
import { applyFilters, applySort } from './find_query';
import { migrateDocument } from './migrate_document';
import { mergeAttributes } from './merge_attributes';
import { AGNOSTIC, DEFAULT_NAMESPACE, toBoolean, toSavedObject, type SavedObjectRow, type SavedObjectsTables } from './table';
import type {
  ISavedObjectTypeRegistry,
  ISavedObjectsRepository,
  SavedObject,
  SavedObjectReference,
  SavedObjectsBaseOptions,
  SavedObjectsBulkCreateObject,
  SavedObjectsBulkGetObject,
  SavedObjectsCreateOptions,
  SavedObjectsFindOptions,
  SavedObjectsType,
  SavedObjectsUpdateOptions,
} from './types';
import { decodeVersion } from './version';

type Db = Kysely<SavedObjectsTables>;
type Key = { type: string; namespace: string; id: string };

/** How many ids one reference count query asks about. */
const REFERENCE_CHUNK = 500;

export const CORE_MIGRATION_VERSION = '8.8.0';

/** Saved objects in the store's tables; every call names its space. */
export class SavedObjectsRepository implements ISavedObjectsRepository {
  constructor(
    private readonly db: Db,
    private readonly dialect: StorageDialect,
    private readonly registry: ISavedObjectTypeRegistry,
    private readonly allowedTypes: ReadonlySet<string>
  ) {}

  public async create<T>(type: string, attributes: T, options: SavedObjectsCreateOptions = {}): Promise<SavedObject<T>> {
    const id = options.id ?? randomUUID();
    let result: SavedObject<T>;
    try {
      [result] = (await this.bulkCreate([{ ...options, id, type, attributes }], options)).saved_objects;
    } catch (error) {
      throw isUniqueViolation(error) ? SavedObjectsErrorHelpers.createConflictError(type, id) : error;
    }
    if (result.error) throw new HttpError(result.error.statusCode, result.error.message);
    return result;
  }

  public async bulkCreate<T>(objects: Array<SavedObjectsBulkCreateObject<T>>, options: SavedObjectsBaseOptions & { overwrite?: boolean } = {}) {
    const now = new Date().toISOString();
    const prepared = objects.map((object) => {
      const typeDef = this.assertType(object.type);
      const doc = migrateDocument(typeDef, {
        id: object.id ?? randomUUID(),
        type: object.type,
        attributes: object.attributes,
        references: object.references ?? [],
        typeMigrationVersion: object.typeMigrationVersion,
      });
      return { object, doc, key: this.key(object.type, doc.id, options.namespace) };
    });
    // Few statements for many objects: one read of what exists, then multi-row deletes and inserts
    // (an import writes thousands per call; a round trip per object is what made it slow).
    const results = await this.db.transaction().execute(async (trx) => {
      const existingRows = await this.readRows(trx, prepared.map(({ key }) => key));
      const out: Array<SavedObject<T>> = [];
      const writes = new Map<string, { key: Key; row: SavedObjectRow; references: SavedObjectReference[]; replaces: boolean }>();
      for (const { object, doc, key } of prepared) {
        const id = keyString(key);
        const existing = existingRows.get(id);
        const stored = existing ?? writes.get(id)?.row;
        if (stored && !options.overwrite) {
          out.push(failed(doc.type, doc.id, SavedObjectsErrorHelpers.createConflictError(doc.type, doc.id)));
          continue;
        }
        if (stored && object.version && decodeVersion(object.version) !== Number(stored.seq_no)) {
          out.push(failed(doc.type, doc.id, SavedObjectsErrorHelpers.createConflictError(doc.type, doc.id)));
          continue;
        }
        const row: SavedObjectRow = {
          ...key,
          attributes: JSON.stringify(doc.attributes),
          seq_no: stored ? Number(stored.seq_no) + 1 : Date.now(),
          created_at: object.createdAt ?? now,
          updated_at: object.updatedAt ?? now,
          type_migration_version: doc.typeMigrationVersion ?? null,
          core_migration_version: object.coreMigrationVersion ?? CORE_MIGRATION_VERSION,
          origin_id: object.originId ?? null,
          managed: toBoolean(this.dialect, object.managed ?? false),
        };
        // The same key twice with overwrite: the later one wins, as a second write would.
        writes.set(id, { key, row, references: doc.references, replaces: existing !== undefined });
        out.push(toSavedObject<T>(row, doc.references));
      }
      const all = [...writes.values()];
      // References go with their object (ON DELETE CASCADE).
      await this.deleteRows(trx, all.filter((write) => write.replaces).map((write) => write.key));
      for (const rows of chunk(all.map((write) => write.row), ROWS_PER_INSERT)) await trx.insertInto('saved_objects').values(rows).execute();
      const references = all.flatMap(({ key, references: refs }) =>
        refs.map((ref, position) => ({ source_type: key.type, source_namespace: key.namespace, source_id: key.id, name: ref.name, ref_type: ref.type, ref_id: ref.id, position }))
      );
      for (const rows of chunk(references, ROWS_PER_INSERT)) await trx.insertInto('saved_object_references').values(rows).execute();
      return out;
    });
    return { saved_objects: results };
  }

  public async get<T>(type: string, id: string, options: SavedObjectsBaseOptions = {}): Promise<SavedObject<T>> {
    this.assertType(type);
    const key = this.key(type, id, options.namespace);
    const row = await this.readRow(this.db, key);
    if (!row) throw SavedObjectsErrorHelpers.createGenericNotFoundError(type, id);
    return toSavedObject<T>(row, await this.readReferences(this.db, [key]).then((refs) => refs.get(keyString(key)) ?? []));
  }

  public async bulkGet<T>(objects: SavedObjectsBulkGetObject[], options: SavedObjectsBaseOptions = {}) {
    const keys = objects.map(({ type, id }) => (this.allowedTypes.has(type) ? this.key(type, id, options.namespace) : undefined));
    const wanted = keys.filter((key): key is Key => key !== undefined);
    const rows = [...(await this.readRows(this.db, wanted)).values()];
    const byKey = new Map(rows.map((row) => [keyString(row), row]));
    const references = await this.readReferences(this.db, wanted);
    return {
      saved_objects: objects.map(({ type, id }, index): SavedObject<T> => {
        const key = keys[index];
        if (!key) return failed(type, id, SavedObjectsErrorHelpers.createUnsupportedTypeError(type));
        const row = byKey.get(keyString(key));
        if (!row) return failed(type, id, SavedObjectsErrorHelpers.createGenericNotFoundError(type, id));
        return toSavedObject<T>(row, references.get(keyString(key)) ?? []);
      }),
    };
  }

  public async find<T>(options: SavedObjectsFindOptions) {
    const typeNames = [options.type].flat();
    const types = typeNames.map((type) => this.assertType(type));
    const page = Math.max(1, options.page ?? 1);
    const perPage = Math.max(0, options.perPage ?? 20);
    const all = options.namespaces?.includes('*');
    const namespaces = [...(options.namespaces ?? [options.namespace ?? DEFAULT_NAMESPACE]), AGNOSTIC];
    let query = this.db.selectFrom('saved_objects').where('type', 'in', typeNames);
    if (!all) query = query.where('namespace', 'in', namespaces);
    query = applyFilters(query, this.dialect, options, types);
    const { total } = await query.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
    const rows = await applySort(query.selectAll(), this.dialect, options)
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute();
    const references = await this.readReferences(this.db, rows);
    return {
      saved_objects: rows.map((row) => ({ ...toSavedObject<T>(row, references.get(keyString(row)) ?? []), score: 0 })),
      total: Number(total),
      per_page: perPage,
      page,
    };
  }

  public async update<T>(type: string, id: string, attributes: Partial<T>, options: SavedObjectsUpdateOptions<T> = {}): Promise<SavedObject<T>> {
    this.assertType(type);
    const key = this.key(type, id, options.namespace);
    const current = await this.readRow(this.db, key);
    if (!current) {
      if (options.upsert === undefined) throw SavedObjectsErrorHelpers.createGenericNotFoundError(type, id);
      return this.create(type, options.upsert, { id, namespace: options.namespace, references: options.references });
    }
    const seqNo = Number(current.seq_no);
    if (options.version !== undefined && decodeVersion(options.version) !== seqNo) {
      throw SavedObjectsErrorHelpers.createConflictError(type, id);
    }
    const merged = mergeAttributes(toSavedObject<T>(current, []).attributes, attributes);
    const updatedAt = new Date().toISOString();
    return this.db.transaction().execute(async (trx) => {
      // The seq_no guard makes concurrent updates from one read race safely: one wins, the rest conflict.
      const result = await trx
        .updateTable('saved_objects')
        .set({ attributes: JSON.stringify(merged), seq_no: seqNo + 1, updated_at: updatedAt })
        .where(keyFilter(key))
        .where('seq_no', '=', seqNo)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw SavedObjectsErrorHelpers.createConflictError(type, id);
      if (options.references) await this.writeReferences(trx, key, options.references, true);
      const references = options.references ?? (await this.readReferences(trx, [key])).get(keyString(key)) ?? [];
      return toSavedObject<T>({ ...current, attributes: merged, seq_no: seqNo + 1, updated_at: updatedAt }, references);
    });
  }

  public async delete(type: string, id: string, options: SavedObjectsBaseOptions = {}): Promise<void> {
    this.assertType(type);
    const result = await this.db.deleteFrom('saved_objects').where(keyFilter(this.key(type, id, options.namespace))).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw SavedObjectsErrorHelpers.createGenericNotFoundError(type, id);
  }

  public async bulkDelete(objects: SavedObjectsBulkGetObject[], options: SavedObjectsBaseOptions = {}) {
    const statuses = [];
    for (const { type, id } of objects) {
      try {
        await this.delete(type, id, options);
        statuses.push({ type, id, success: true });
      } catch (error) {
        statuses.push({ type, id, success: false, error: toBulkError(error) });
      }
    }
    return { statuses };
  }

  public async deleteByNamespace(namespace: string) {
    const result = await this.db.deleteFrom('saved_objects').where('namespace', '=', namespace).executeTakeFirst();
    return { deleted: Number(result.numDeletedRows) };
  }

  public async countReferences(targets: SavedObjectsBulkGetObject[], options: SavedObjectsBaseOptions = {}) {
    const counts = new Map<string, number>(targets.map(({ type, id }) => [`${type}:${id}`, 0]));
    const namespace = options.namespace ?? DEFAULT_NAMESPACE;
    const idsByType = new Map<string, string[]>();
    for (const { type, id } of targets) {
      const ids = idsByType.get(type);
      if (ids) ids.push(id);
      else idsByType.set(type, [id]);
    }
    // `in` lists in chunks: one OR per target would exceed SQLite's expression depth with thousands.
    for (const [type, ids] of idsByType) {
      for (let start = 0; start < ids.length; start += REFERENCE_CHUNK) {
        const rows = await this.db
          .selectFrom('saved_object_references')
          .select(['ref_id', (eb) => eb.fn.countAll<number | string>().as('count')])
          .where('source_namespace', 'in', [namespace, AGNOSTIC])
          .where('ref_type', '=', type)
          .where('ref_id', 'in', ids.slice(start, start + REFERENCE_CHUNK))
          .groupBy('ref_id')
          .execute();
        for (const row of rows) counts.set(`${type}:${row.ref_id}`, Number(row.count));
      }
    }
    return counts;
  }

  private assertType(name: string): SavedObjectsType {
    const type = this.registry.getType(name);
    if (!type || !this.allowedTypes.has(name)) throw SavedObjectsErrorHelpers.createUnsupportedTypeError(name);
    return type;
  }

  private key(type: string, id: string, namespace?: string): Key {
    return { type, id, namespace: this.registry.isNamespaceAgnostic(type) ? AGNOSTIC : (namespace ?? DEFAULT_NAMESPACE) };
  }

  /** The stored rows of these keys, by key string: one query per type, space and 500 ids. */
  private async readRows(db: Db | Transaction<SavedObjectsTables>, keys: Key[]): Promise<Map<string, SavedObjectRow>> {
    const rows = new Map<string, SavedObjectRow>();
    for (const { type, namespace, ids } of groupKeys(keys)) {
      for (const part of chunk(ids, REFERENCE_CHUNK)) {
        const found = await db.selectFrom('saved_objects').selectAll().where('type', '=', type).where('namespace', '=', namespace).where('id', 'in', part).execute();
        for (const row of found) rows.set(keyString(row), row);
      }
    }
    return rows;
  }

  private async deleteRows(trx: Transaction<SavedObjectsTables>, keys: Key[]): Promise<void> {
    for (const { type, namespace, ids } of groupKeys(keys)) {
      for (const part of chunk(ids, REFERENCE_CHUNK)) {
        await trx.deleteFrom('saved_objects').where('type', '=', type).where('namespace', '=', namespace).where('id', 'in', part).execute();
      }
    }
  }

  private readRow(db: Db | Transaction<SavedObjectsTables>, key: Key) {
    return db.selectFrom('saved_objects').selectAll().where(keyFilter(key)).executeTakeFirst();
  }

  private async readReferences(db: Db | Transaction<SavedObjectsTables>, keys: Key[]): Promise<Map<string, SavedObjectReference[]>> {
    const byKey = new Map<string, SavedObjectReference[]>();
    // One query per type, space and 500 ids: an OR per object breaks SQLite past ~1,000 objects.
    for (const { type, namespace, ids } of groupKeys(keys)) {
      for (const part of chunk(ids, REFERENCE_CHUNK)) {
        const rows = await db
          .selectFrom('saved_object_references')
          .selectAll()
          .where('source_type', '=', type)
          .where('source_namespace', '=', namespace)
          .where('source_id', 'in', part)
          .orderBy('position')
          .execute();
        for (const row of rows) {
          const key = keyString({ type: row.source_type, namespace: row.source_namespace, id: row.source_id });
          const list = byKey.get(key);
          if (list) list.push({ name: row.name, type: row.ref_type, id: row.ref_id });
          else byKey.set(key, [{ name: row.name, type: row.ref_type, id: row.ref_id }]);
        }
      }
    }
    return byKey;
  }

  private async writeReferences(trx: Transaction<SavedObjectsTables>, key: Key, references: SavedObjectReference[], replace = false) {
    if (replace) {
      await trx
        .deleteFrom('saved_object_references')
        .where('source_type', '=', key.type)
        .where('source_namespace', '=', key.namespace)
        .where('source_id', '=', key.id)
        .execute();
    }
    if (references.length === 0) return;
    await trx
      .insertInto('saved_object_references')
      .values(references.map((ref, position) => ({ source_type: key.type, source_namespace: key.namespace, source_id: key.id, name: ref.name, ref_type: ref.type, ref_id: ref.id, position })))
      .execute();
  }
}

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_INSERT = 500;

function chunk<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

function groupKeys(keys: Key[]): Array<{ type: string; namespace: string; ids: string[] }> {
  const groups = new Map<string, { type: string; namespace: string; ids: string[] }>();
  for (const key of keys) {
    const group = groups.get(`${key.type}\u0000${key.namespace}`) ?? { type: key.type, namespace: key.namespace, ids: [] };
    group.ids.push(key.id);
    groups.set(`${key.type}\u0000${key.namespace}`, group);
  }
  return [...groups.values()];
}

function keyString(key: Key): string {
  return `${key.type}\u0000${key.namespace}\u0000${key.id}`;
}

function keyFilter(key: Key) {
  return sql<SqlBool>`(type = ${key.type} and namespace = ${key.namespace} and id = ${key.id})`;
}

function failed<T>(type: string, id: string, error: unknown): SavedObject<T> {
  return { type, id, attributes: {} as T, references: [], error: toBulkError(error) };
}

/** A second writer inserting the same id at the same moment: the primary key refuses it. */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
