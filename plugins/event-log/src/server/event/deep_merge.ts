/** Plain objects (the JSON kind): merged key by key; anything else replaces what was there. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (isPlainObject(value)) return mergeInto({}, value);
  return value;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const current = target[key];
    target[key] = isPlainObject(current) && isPlainObject(value) ? mergeInto(current, value) : cloneValue(value);
  }
  return target;
}

/**
 * A new object with the sources merged left to right, as lodash `merge` does for events, except
 * that arrays are replaced rather than merged index by index (a later `saved_objects` list wins
 * whole). The sources are never modified, and nothing of them is shared with the result.
 */
export function deepMerge(...sources: ReadonlyArray<object | undefined>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const source of sources) {
    if (isPlainObject(source)) mergeInto(result, source);
  }
  return result;
}
