import { SchemaTypeError, ValidationError } from '../errors';
import type { Type } from './type';

/**
 * Validates every key and value of a record or map with their own types. A failure is reported
 * as `[key("bad key")]: message` for a key and `[entry]: message` for a value, as Kibana does.
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
      return new SchemaTypeError(`[key("${String(key)}")]: ${messageOf(e)}`, []);
    }
    try {
      result.push([validKey, valueType.validate(value, context, String(key))]);
    } catch (e) {
      return new SchemaTypeError(messageOf(e), []);
    }
  }
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof ValidationError || error instanceof Error ? error.message : String(error);
}
