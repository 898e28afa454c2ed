import { SchemaTypeError, SchemaTypesError, ValidationError } from '../errors';
import type { Type } from './type';

/** The failure of one entry, placed at `prefix` (the entry's key) below the record or map. */
function atPath(error: unknown, prefix: string[]): SchemaTypeError {
  const inner = error instanceof ValidationError ? error.error : new SchemaTypeError(error instanceof Error ? error.message : String(error), []);
  const path = [...prefix, ...inner.path];
  return inner instanceof SchemaTypesError ? new SchemaTypesError(inner.message, path, inner.errors) : new SchemaTypeError(inner.message, path);
}

/**
 * Validates every key and value of a record or map with their own types. A failure keeps its full
 * path, as Kibana reports it: `[parent.key("bad key")]: message` for a key and
 * `[parent.entry.field]: message` for a value. The path is relative to the record or map.
 */
export function validateEntries<K, V>(
  entries: Iterable<[unknown, unknown]>,
  keyType: Type<K>,
  valueType: Type<V>,
  context: Record<string, unknown>
): Array<[K, V]> | SchemaTypeError {
  const result: Array<[K, V]> = [];
  for (const [key, value] of entries) {
    let validKey: K;
    try {
      validKey = keyType.validate(key, context);
    } catch (e) {
      return atPath(e, [`key("${String(key)}")`]);
    }
    try {
      result.push([validKey, valueType.validate(value, context)]);
    } catch (e) {
      return atPath(e, [String(key)]);
    }
  }
  return result;
}

/** The entry failure reported by a record or map found at `path` of the whole value. */
export function entryError(entry: unknown, path: string[]): SchemaTypeError | undefined {
  if (!(entry instanceof SchemaTypeError)) return undefined;
  const full = [...path, ...entry.path];
  return entry instanceof SchemaTypesError ? new SchemaTypesError(entry.message, full, entry.errors) : new SchemaTypeError(entry.message, full);
}
