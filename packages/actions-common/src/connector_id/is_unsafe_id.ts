/** Keys that would reach `Object.prototype` if an id were ever used as a property name. */
const PROTOTYPE_POLLUTION_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Kibana's default upper bound for human-readable ids; connectors pass their own (36). */
const DEFAULT_MAX_LENGTH = 255;

export function isPrototypePollutionKey(id: string): boolean {
  return PROTOTYPE_POLLUTION_KEYS.has(id);
}

/**
 * As Kibana's `isUnsafeId` (@kbn/human-readable-id): an id is unsafe when it is empty, longer than
 * `maxLength`, a prototype-pollution key, or could climb a path (`..`, `/`). Ids end up in saved
 * object keys, URLs and object properties, so these are refused whatever the format rules say.
 */
export function isUnsafeId(id: string, maxLength: number = DEFAULT_MAX_LENGTH): boolean {
  return (
    id.length === 0 ||
    id.length > maxLength ||
    isPrototypePollutionKey(id) ||
    id.includes('..') ||
    id.includes('/')
  );
}
