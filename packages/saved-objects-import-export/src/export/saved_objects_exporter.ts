import { Readable } from 'node:stream';
import type { ISavedObjectTypeRegistry, KibanaRequest, SavedObject, SavedObjectsClientContract } from '@kbn/core-server';
import { SavedObjectsImportExportError } from '../errors';
import { stableStringify } from '../ndjson/stable_stringify';
import type { SavedObjectsExportResultDetails } from '../types';
import { applyExportTransforms } from './apply_export_transforms';

/** `type: '*'` exports every importable and exportable type, as in Kibana. */
export const EXPORT_ALL_TYPES_TOKEN = '*';
/** Under SQLite's expression depth limit (1000) for the repository's per-key `or` lookups. */
const DEFAULT_PAGE_SIZE = 500;

export interface SavedObjectsExportBaseOptions {
  request: KibanaRequest;
  /** Also export what the objects reference, and what that references, and so on. */
  includeReferencesDeep?: boolean;
  /** Leave out the summary line at the end. */
  excludeExportDetails?: boolean;
  /** Keep each object's `namespaces` (Kibana leaves them out unless asked). */
  includeNamespaces?: boolean;
}
export interface SavedObjectsExportByTypeOptions extends SavedObjectsExportBaseOptions {
  types: string[];
  search?: string;
  /** Only objects that reference one of these. */
  hasReference?: Array<{ type: string; id: string }>;
}
export interface SavedObjectsExportByObjectOptions extends SavedObjectsExportBaseOptions {
  objects: Array<{ type: string; id: string }>;
}

export interface SavedObjectsExporterDeps {
  /** A client of the request's space that sees the hidden exportable types. */
  savedObjectsClient: SavedObjectsClientContract;
  typeRegistry: ISavedObjectTypeRegistry;
  /** `savedObjects.maxImportExportSize`. */
  exportSizeLimit: number;
  /** How many objects one `find`/`bulkGet` reads, and one `onExport` call transforms. */
  pageSize?: number;
}

type Ref = { type: string; id: string };
const keyOf = (ref: Ref) => `${ref.type}:${ref.id}`;

/**
 * Exports saved objects as an NDJSON stream: objects are read a page at a time and written as they
 * come, so memory holds one page plus the keys already exported (to follow references and avoid
 * duplicates). Everything that can refuse the export as a whole (types, size, unknown objects) is
 * checked before the stream is returned, so the route can still answer 400.
 */
export class SavedObjectsExporter {
  private readonly pageSize: number;
  private readonly exportableTypes: string[];

  constructor(private readonly deps: SavedObjectsExporterDeps) {
    this.pageSize = deps.pageSize ?? DEFAULT_PAGE_SIZE;
    this.exportableTypes = deps.typeRegistry.getImportableAndExportableTypes().map((type) => type.name);
  }

  public async exportByTypes(options: SavedObjectsExportByTypeOptions): Promise<Readable> {
    const invalid = options.types.filter((type) => type !== EXPORT_ALL_TYPES_TOKEN && !this.exportableTypes.includes(type));
    if (invalid.length > 0) throw SavedObjectsImportExportError.nonExportableTypes(invalid);
    const types = options.types.includes(EXPORT_ALL_TYPES_TOKEN) ? this.exportableTypes : [...new Set(options.types)];
    let total = 0;
    for (const type of types) {
      total += (await this.deps.savedObjectsClient.find({ type, perPage: 0, search: options.search, hasReference: options.hasReference })).total;
    }
    if (total > this.deps.exportSizeLimit) throw SavedObjectsImportExportError.exportSizeExceeded(this.deps.exportSizeLimit);
    return this.toStream(this.pagesByType(types, options), options);
  }

  public async exportByObjects(options: SavedObjectsExportByObjectOptions): Promise<Readable> {
    const invalid = options.objects.filter((object) => !this.exportableTypes.includes(object.type));
    if (invalid.length > 0) throw SavedObjectsImportExportError.nonExportableObjects(invalid);
    if (options.objects.length > this.deps.exportSizeLimit) throw SavedObjectsImportExportError.exportSizeExceeded(this.deps.exportSizeLimit);
    // The list is bounded by the size limit; fetch it once to refuse unknown objects before streaming.
    const fetched: SavedObject[] = [];
    for (let start = 0; start < options.objects.length; start += this.pageSize) {
      fetched.push(...(await this.deps.savedObjectsClient.bulkGet(options.objects.slice(start, start + this.pageSize))).saved_objects);
    }
    const errored = fetched.filter((object) => object.error);
    if (errored.length > 0) throw SavedObjectsImportExportError.objectFetchError(errored);
    const pageSize = this.pageSize;
    async function* pages() {
      for (let start = 0; start < fetched.length; start += pageSize) yield fetched.slice(start, start + pageSize);
    }
    return this.toStream(pages(), options);
  }

  private async *pagesByType(types: string[], { search, hasReference }: SavedObjectsExportByTypeOptions): AsyncGenerator<SavedObject[]> {
    for (const type of types) {
      for (let page = 1; ; page += 1) {
        const result = await this.deps.savedObjectsClient.find({ type, page, perPage: this.pageSize, search, hasReference });
        if (result.saved_objects.length > 0) yield result.saved_objects.map(({ score: _score, ...object }) => object);
        if (result.saved_objects.length < this.pageSize || page * this.pageSize >= result.total) break;
      }
    }
  }

  private toStream(pages: AsyncGenerator<SavedObject[]>, options: SavedObjectsExportBaseOptions): Readable {
    return Readable.from(this.lines(pages, options), { objectMode: false });
  }

  private async *lines(pages: AsyncGenerator<SavedObject[]>, options: SavedObjectsExportBaseOptions): AsyncGenerator<string> {
    const seen = new Set<string>();
    const details: SavedObjectsExportResultDetails = { exportedCount: 0, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] };
    let first = true;
    const line = (value: unknown) => {
      const text = (first ? '' : '\n') + stableStringify(value);
      first = false;
      return text;
    };
    const emit = async function* (this: SavedObjectsExporter, objects: SavedObject[]): AsyncGenerator<string> {
      const fresh = objects.filter((object) => !seen.has(keyOf(object)));
      for (const object of fresh) seen.add(keyOf(object));
      const { exported, excluded } = await applyExportTransforms(fresh, { request: options.request, typeRegistry: this.deps.typeRegistry });
      details.excludedObjects.push(...excluded);
      for (const object of exported) {
        details.exportedCount += 1;
        yield line(this.redact(object, options));
      }
      if (options.includeReferencesDeep) yield* followReferences.call(this, exported);
    };
    const followReferences = async function* (this: SavedObjectsExporter, objects: SavedObject[]): AsyncGenerator<string> {
      const wanted = new Map<string, Ref>();
      for (const object of objects) {
        for (const ref of object.references ?? []) {
          if (!seen.has(keyOf(ref)) && this.exportableTypes.includes(ref.type)) wanted.set(keyOf(ref), { type: ref.type, id: ref.id });
        }
      }
      const refs = [...wanted.values()];
      for (let start = 0; start < refs.length; start += this.pageSize) {
        const { saved_objects: found } = await this.deps.savedObjectsClient.bulkGet(refs.slice(start, start + this.pageSize));
        const missing = found.filter((object) => object.error);
        for (const { type, id } of missing) {
          if (seen.has(`${type}:${id}`)) continue;
          seen.add(`${type}:${id}`);
          details.missingReferences.push({ type, id });
        }
        yield* emit.call(this, found.filter((object) => !object.error));
      }
    };
    for await (const page of pages) yield* emit.call(this, page);
    details.missingRefCount = details.missingReferences.length;
    details.excludedObjectsCount = details.excludedObjects.length;
    if (!options.excludeExportDetails) yield line(details);
  }

  private redact(object: SavedObject, options: SavedObjectsExportBaseOptions): Record<string, unknown> {
    const { namespaces, version: _version, error: _error, ...rest } = object;
    return options.includeNamespaces ? { ...rest, namespaces } : rest;
  }
}
