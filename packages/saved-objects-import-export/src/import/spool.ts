import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { once } from 'node:events';
import type { SavedObject } from '@kbn/core-server';
import { SavedObjectsImportExportError } from '../errors';
import { readNdjson } from '../ndjson/read_ndjson';

/** An import file read once and checked, kept on disk to be read again batch by batch. */
export interface SpooledImport {
  /** `type:id` of every object kept: the objects "in the file" for references and new-copy ids. */
  keys: Set<string>;
  count: number;
  /** The kept objects, in file order, read back from disk a batch at a time. */
  batches(size: number): AsyncGenerator<SavedObject[]>;
  cleanup(): Promise<void>;
}

/**
 * The first pass over an import: parses every line (a bad line refuses the whole import, naming
 * it), skips the export details line, counts against `objectLimit`, finds duplicates, and copies
 * the kept objects to a temporary file. Nothing is written to the store until this pass has
 * accepted the whole file, yet memory holds only the keys, never the objects.
 */
export async function spoolImport(
  stream: Readable | AsyncIterable<Buffer | string>,
  { objectLimit, keep = () => true }: { objectLimit: number; keep?: (object: { type: string; id: string }) => boolean }
): Promise<SpooledImport> {
  const dir = await mkdtemp(join(tmpdir(), 'kbn-import-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'objects.ndjson');
  const keys = new Set<string>();
  const duplicates = new Set<string>();
  let total = 0;
  const out = createWriteStream(path);
  try {
    for await (const { line, value } of readNdjson(stream)) {
      if (value.exportedCount !== undefined) continue;
      if (typeof value.type !== 'string' || typeof value.id !== 'string') throw SavedObjectsImportExportError.invalidObject(line);
      total += 1;
      if (total > objectLimit) throw SavedObjectsImportExportError.importSizeExceeded(objectLimit);
      const object = value as { type: string; id: string };
      if (!keep(object)) continue;
      const key = `${object.type}:${object.id}`;
      if (keys.has(key)) duplicates.add(key);
      keys.add(key);
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    }
    if (duplicates.size > 0) throw SavedObjectsImportExportError.nonUniqueImportObjects([...duplicates]);
    out.end();
    await once(out, 'close');
  } catch (error) {
    out.destroy();
    await cleanup();
    throw error;
  }
  return {
    keys,
    count: keys.size,
    cleanup,
    batches: async function* (size: number) {
      let batch: SavedObject[] = [];
      for await (const { value } of readNdjson(createReadStream(path))) {
        batch.push(normalize(value));
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}

/** What an imported line may leave out. */
function normalize(value: Record<string, unknown>): SavedObject {
  const object = value as unknown as SavedObject;
  return { ...object, attributes: object.attributes ?? {}, references: Array.isArray(object.references) ? object.references : [] };
}
