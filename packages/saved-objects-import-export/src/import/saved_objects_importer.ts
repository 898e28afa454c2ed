import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ISavedObjectTypeRegistry, SavedObject, SavedObjectsClientContract, SavedObjectsImportWarning } from '@kbn/core-server';
import { SavedObjectsImportExportError } from '../errors';
import type { SavedObjectsImportFailure, SavedObjectsImportResponse, SavedObjectsImportRetry, SavedObjectsImportSuccess } from '../types';
import { importBatch, type BatchContext, type ObjectPlan } from './import_batch';
import { spoolImport, type SpooledImport } from './spool';

/** Under SQLite's expression depth limit (1000) for the repository's per-key `or` lookups. */
const DEFAULT_BATCH_SIZE = 500;

export interface SavedObjectsImporterDeps {
  /** A client of the request's space that sees the hidden importable types. */
  savedObjectsClient: SavedObjectsClientContract;
  typeRegistry: ISavedObjectTypeRegistry;
  /** `savedObjects.maxImportExportSize`. */
  importSizeLimit: number;
  /** Objects per batch: per `bulkGet`/`bulkCreate` round and per `filterImport` call. */
  batchSize?: number;
}

export interface SavedObjectsImportOptions {
  readStream: Readable | AsyncIterable<Buffer | string>;
  overwrite: boolean;
  createNewCopies: boolean;
  /** Accepted for Kibana's API; there are no legacy URL aliases to create here. */
  compatibilityMode?: boolean;
}

export interface SavedObjectsResolveImportErrorsOptions {
  readStream: Readable | AsyncIterable<Buffer | string>;
  /**
   * The retries, or how to get them once the file has been read (a multipart form that sends
   * `retries` after `file`, as Kibana's UI does): then every object is kept through the check pass.
   */
  retries: SavedObjectsImportRetry[] | (() => Promise<SavedObjectsImportRetry[]>);
  createNewCopies: boolean;
  compatibilityMode?: boolean;
}

const keyOf = (ref: { type: string; id: string }) => `${ref.type}:${ref.id}`;

/**
 * Imports NDJSON into the client's space in two passes: the file is first read and checked whole
 * (spooled to a temporary file), then written batch by batch. See the README for what is atomic.
 */
export class SavedObjectsImporter {
  private readonly batchSize: number;

  constructor(private readonly deps: SavedObjectsImporterDeps) {
    this.batchSize = deps.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  public async import({ readStream, overwrite, createNewCopies }: SavedObjectsImportOptions): Promise<SavedObjectsImportResponse> {
    const spool = await spoolImport(readStream, { objectLimit: this.deps.importSizeLimit });
    const copyId = newCopyIds();
    return this.run(spool, createNewCopies, {
      overwriteWhenRequested: false,
      plan: (object) => ({ overwrite, destinationId: createNewCopies ? copyId(object) : undefined }),
      destinationOf: (ref) => (createNewCopies && spool.keys.has(keyOf(ref)) ? copyId(ref) : undefined),
    });
  }

  public async resolveImportErrors({ readStream, retries: given, createNewCopies }: SavedObjectsResolveImportErrorsOptions): Promise<SavedObjectsImportResponse> {
    const known = Array.isArray(given) ? given : undefined;
    if (known) validateRetries(known);
    const knownKeys = known ? new Set(known.map(keyOf)) : undefined;
    const read = await spoolImport(readStream, {
      objectLimit: this.deps.importSizeLimit,
      keep: (object) => knownKeys?.has(keyOf(object)) ?? true,
    });
    let retries: SavedObjectsImportRetry[];
    try {
      retries = known ?? (await (given as () => Promise<SavedObjectsImportRetry[]>)());
      if (!known) validateRetries(retries);
    } catch (error) {
      await read.cleanup();
      throw error;
    }
    const byKey = new Map(retries.map((retry) => [keyOf(retry), retry]));
    // Only retried objects take part, as in Kibana: the others are neither written nor "in the file".
    const spool = onlyRetried(read, byKey);
    const copyId = newCopyIds();
    const destinationOf = (ref: { type: string; id: string }): string | undefined => {
      if (!spool.keys.has(keyOf(ref))) return undefined;
      const retry = byKey.get(keyOf(ref));
      if (retry?.destinationId) return retry.destinationId;
      return createNewCopies || retry?.createNewCopy ? copyId(ref) : undefined;
    };
    return this.run(spool, createNewCopies, {
      overwriteWhenRequested: true,
      plan: (object): ObjectPlan => {
        const retry = byKey.get(keyOf(object));
        return {
          overwrite: retry?.overwrite ?? false,
          destinationId: destinationOf(object),
          createNewCopy: retry?.createNewCopy,
          ignoreMissingReferences: retry?.ignoreMissingReferences,
          replaceReferences: new Map((retry?.replaceReferences ?? []).map(({ type, from, to }) => [`${type}:${from}`, to])),
        };
      },
      destinationOf,
    });
  }

  private async run(spool: SpooledImport, createNewCopies: boolean, planning: Pick<BatchContext, 'plan' | 'destinationOf' | 'overwriteWhenRequested'>): Promise<SavedObjectsImportResponse> {
    const { savedObjectsClient: client, typeRegistry } = this.deps;
    const ctx: BatchContext = {
      client,
      typeRegistry,
      supportedTypes: new Set(typeRegistry.getImportableAndExportableTypes().map((type) => type.name)),
      keys: spool.keys,
      createNewCopies,
      ...planning,
    };
    const successResults: SavedObjectsImportSuccess[] = [];
    const errors: SavedObjectsImportFailure[] = [];
    const warnings: SavedObjectsImportWarning[] = [];
    const hooked: SavedObject[] = [];
    try {
      for await (const batch of spool.batches(this.batchSize)) {
        const result = await importBatch(batch, ctx);
        successResults.push(...result.successes);
        errors.push(...result.errors);
        warnings.push(...result.warnings);
        hooked.push(...result.hooked);
      }
    } finally {
      await spool.cleanup();
    }
    warnings.push(...(await runImportHooks(hooked, typeRegistry)));
    return {
      successCount: successResults.length,
      success: errors.length === 0,
      warnings,
      ...(successResults.length > 0 ? { successResults } : {}),
      ...(errors.length > 0 ? { errors } : {}),
    };
  }
}

function onlyRetried(spool: SpooledImport, byKey: Map<string, SavedObjectsImportRetry>): SpooledImport {
  const keys = new Set([...spool.keys].filter((key) => byKey.has(key)));
  return {
    keys,
    count: keys.size,
    cleanup: spool.cleanup,
    batches: async function* (size: number) {
      for await (const batch of spool.batches(size)) {
        const kept = batch.filter((object) => byKey.has(keyOf(object)));
        if (kept.length > 0) yield kept;
      }
    },
  };
}

/** Each type's `onImport`, once, with every object of the type the import wrote (as Kibana). */
async function runImportHooks(objects: SavedObject[], typeRegistry: ISavedObjectTypeRegistry): Promise<SavedObjectsImportWarning[]> {
  const byType = new Map<string, SavedObject[]>();
  for (const object of objects) byType.set(object.type, [...(byType.get(object.type) ?? []), object]);
  const warnings: SavedObjectsImportWarning[] = [];
  for (const [type, group] of byType) {
    const hook = typeRegistry.getType(type)?.management?.onImport;
    if (hook) warnings.push(...((await hook(group)).warnings ?? []));
  }
  return warnings;
}

/**
 * Random ids for new copies, derived from a per-import secret and the object's key: the same object
 * gets the same new id wherever it appears (as itself or as a reference in a later batch), without
 * keeping a map of every id in memory.
 */
function newCopyIds(): (ref: { type: string; id: string }) => string {
  const salt = randomUUID();
  return (ref) => {
    const hex = createHash('sha256').update(salt).update(keyOf(ref)).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

function validateRetries(retries: SavedObjectsImportRetry[]): void {
  const duplicates = (keys: string[]) => [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  const objects = duplicates(retries.map(keyOf));
  if (objects.length > 0) throw SavedObjectsImportExportError.nonUniqueRetryObjects(objects);
  const destinations = duplicates(retries.filter((retry) => retry.destinationId).map((retry) => `${retry.type}:${retry.destinationId}`));
  if (destinations.length > 0) throw SavedObjectsImportExportError.nonUniqueRetryDestinations(destinations);
}
