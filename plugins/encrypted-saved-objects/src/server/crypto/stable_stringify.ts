function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * JSON with the keys of every object sorted, so equal values give equal text whatever order the
 * keys were written in (the store may hand them back in another order, PostgreSQL's jsonb does).
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) => (isPlainObject(nested) ? Object.fromEntries(Object.entries(nested).sort(byKey)) : nested));
}
