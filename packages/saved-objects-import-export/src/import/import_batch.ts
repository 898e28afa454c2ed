import type { ISavedObjectTypeRegistry, SavedObject, SavedObjectsBulkCreateObject, SavedObjectsClientContract, SavedObjectsImportWarning } from '@kbn/core-server';
import type { SavedObjectsImportErrorDetail, SavedObjectsImportFailure, SavedObjectsImportSuccess } from '../types';

/** How one object of the file is to be written (from the import options or its retry). */
export interface ObjectPlan {
  destinationId?: string;
  overwrite: boolean;
  createNewCopy?: boolean;
  ignoreMissingReferences?: boolean;
  /** `type:id` -> new id, for this object's references. */
  replaceReferences?: Map<string, string>;
}

export interface BatchContext {
  client: SavedObjectsClientContract;
  typeRegistry: ISavedObjectTypeRegistry;
  supportedTypes: Set<string>;
  /** The objects of the whole file (`type:id`): references to them are not missing. */
  keys: Set<string>;
  createNewCopies: boolean;
  /**
   * Resolve import errors writes every retry with `overwrite` as an overwrite (and says so), as
   * Kibana; a plain import with `overwrite` reports it only for objects that existed.
   */
  overwriteWhenRequested: boolean;
  plan(object: SavedObject): ObjectPlan;
  /** The id another object of the file is written under, when not its own. */
  destinationOf(ref: { type: string; id: string }): string | undefined;
}

export interface BatchResult {
  successes: SavedObjectsImportSuccess[];
  errors: SavedObjectsImportFailure[];
  warnings: SavedObjectsImportWarning[];
  /** Written objects of types with an `onImport` hook, for the hook once the import is done. */
  hooked: SavedObject[];
}

const keyOf = (ref: { type: string; id: string }) => `${ref.type}:${ref.id}`;

/**
 * Imports one batch: drops what the types' `filterImport` hooks refuse, reports unsupported types,
 * missing references and conflicts, and writes the rest with at most two `bulkCreate` calls (new
 * objects, then overwrites). Each call is one transaction in the store: it writes all of its
 * objects or none, and a failed call reports each of its objects as an `unknown` error.
 */
export async function importBatch(batch: SavedObject[], ctx: BatchContext): Promise<BatchResult> {
  const result: BatchResult = { successes: [], errors: [], warnings: [], hooked: [] };
  const fail = (object: SavedObject, error: SavedObjectsImportErrorDetail, overwrite?: boolean) => {
    const title = (object.attributes as { title?: string } | undefined)?.title;
    const icon = ctx.typeRegistry.getType(object.type)?.management?.icon;
    result.errors.push({ type: object.type, id: object.id, title, meta: { title, icon }, ...(overwrite ? { overwrite: true } : {}), error });
  };

  const supported: SavedObject[] = [];
  for (const object of batch) {
    if (ctx.supportedTypes.has(object.type)) supported.push(object);
    else fail(object, { type: 'unsupported_type' });
  }
  const objects = await applyImportFilters(supported, ctx, result);
  const plans = new Map(objects.map((object) => [object, ctx.plan(object)]));
  for (const [object, plan] of plans) {
    if (!plan.replaceReferences) continue;
    object.references = object.references.map((ref) => ({ ...ref, id: plan.replaceReferences?.get(keyOf(ref)) ?? ref.id }));
  }

  const failed = new Set<SavedObject>();
  const missing = await findMissingReferences(objects.filter((object) => !plans.get(object)?.ignoreMissingReferences), ctx);
  for (const [object, references] of missing) {
    failed.add(object);
    fail(object, { type: 'missing_references', references });
  }

  const existing = ctx.createNewCopies ? new Set<string>() : await findExisting(objects.map((object) => ({ type: object.type, id: plans.get(object)?.destinationId ?? object.id })), ctx);
  const overwrites = new Set<SavedObject>();
  for (const object of objects) {
    const plan = plans.get(object) as ObjectPlan;
    const target = { type: object.type, id: plan.destinationId ?? object.id };
    if (plan.overwrite && ctx.overwriteWhenRequested) overwrites.add(object);
    if (!existing.has(keyOf(target))) continue;
    if (plan.overwrite) {
      overwrites.add(object);
    } else {
      failed.add(object);
      fail(object, plan.destinationId ? { type: 'conflict', destinationId: plan.destinationId } : { type: 'conflict' });
    }
  }

  const toWrite = objects.filter((object) => !failed.has(object));
  // Overwrites first, then new objects, as Kibana's resolve import errors writes them.
  await write(toWrite.filter((object) => overwrites.has(object)), true);
  await write(toWrite.filter((object) => !overwrites.has(object)), false);
  return result;

  async function write(group: SavedObject[], overwrite: boolean) {
    if (group.length === 0) return;
    const items = group.map((object) => toCreateObject(object, plans.get(object) as ObjectPlan, ctx));
    let written: SavedObject[];
    try {
      written = (await ctx.client.bulkCreate(items, { overwrite })).saved_objects;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const object of group) fail(object, { type: 'unknown', message, statusCode: 500 }, overwrite);
      return;
    }
    written.forEach((created, index) => {
      const object = group[index];
      const plan = plans.get(object) as ObjectPlan;
      if (created.error) {
        const error: SavedObjectsImportErrorDetail =
          created.error.statusCode === 409 ? { type: 'conflict' } : { type: 'unknown', message: created.error.message, statusCode: created.error.statusCode };
        fail(object, error, overwrite);
        return;
      }
      const management = ctx.typeRegistry.getType(object.type)?.management;
      const title = management?.getTitle ? management.getTitle(created) : (created.attributes as { title?: string }).title;
      result.successes.push({
        type: object.type,
        id: object.id,
        meta: { title, icon: management?.icon },
        managed: created.managed ?? false,
        ...(overwrite ? { overwrite: true } : {}),
        ...(plan.destinationId ? { destinationId: plan.destinationId } : {}),
        ...(plan.createNewCopy && !ctx.createNewCopies ? { createNewCopy: true } : {}),
      });
      if (management?.onImport) result.hooked.push(created);
    });
  }
}

async function applyImportFilters(objects: SavedObject[], ctx: BatchContext, result: BatchResult): Promise<SavedObject[]> {
  const removed = new Set<string>();
  for (const type of new Set(objects.map((object) => object.type))) {
    const filter = ctx.typeRegistry.getType(type)?.management?.filterImport;
    if (!filter) continue;
    const ofType = objects.filter((object) => object.type === type);
    const verdict = await filter(
      ofType.map((object) => ({ object, destinationId: ctx.plan(object).destinationId })),
      { createNewCopies: ctx.createNewCopies }
    );
    for (const id of verdict.removed ?? []) removed.add(`${type}:${id}`);
    result.warnings.push(...(verdict.warnings ?? []));
  }
  return objects.filter((object) => !removed.has(keyOf(object)));
}

/** References that are neither in the file nor in the space, per object. */
async function findMissingReferences(objects: SavedObject[], ctx: BatchContext): Promise<Map<SavedObject, Array<{ type: string; id: string }>>> {
  const outside = new Map<string, { type: string; id: string }>();
  for (const object of objects) {
    for (const ref of object.references) if (!ctx.keys.has(keyOf(ref))) outside.set(keyOf(ref), { type: ref.type, id: ref.id });
  }
  const found = await findExisting([...outside.values()], ctx);
  const missing = new Map<SavedObject, Array<{ type: string; id: string }>>();
  for (const object of objects) {
    const refs = object.references.filter((ref) => !ctx.keys.has(keyOf(ref)) && !found.has(keyOf(ref))).map(({ type, id }) => ({ type, id }));
    const unique = [...new Map(refs.map((ref) => [keyOf(ref), ref])).values()];
    if (unique.length > 0) missing.set(object, unique);
  }
  return missing;
}

/** Per `bulkGet`: the repository looks keys up with one `or` each, and SQLite caps expression depth at 1000. */
const LOOKUP_CHUNK = 500;

async function findExisting(refs: Array<{ type: string; id: string }>, ctx: BatchContext): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < refs.length; start += LOOKUP_CHUNK) {
    const { saved_objects: objects } = await ctx.client.bulkGet(refs.slice(start, start + LOOKUP_CHUNK));
    for (const object of objects) if (!object.error) found.add(keyOf(object));
  }
  return found;
}

function toCreateObject(object: SavedObject, plan: ObjectPlan, ctx: BatchContext): SavedObjectsBulkCreateObject {
  const copied = ctx.createNewCopies || plan.createNewCopy;
  return {
    type: object.type,
    id: plan.destinationId ?? object.id,
    attributes: object.attributes,
    references: object.references.map((ref) => ({ ...ref, id: ctx.destinationOf(ref) ?? ref.id })),
    managed: object.managed ?? false,
    originId: copied ? undefined : (object.originId ?? (plan.destinationId ? object.id : undefined)),
    typeMigrationVersion: object.typeMigrationVersion,
    coreMigrationVersion: object.coreMigrationVersion,
  };
}
