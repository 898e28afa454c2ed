function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * The attributes a partial update leaves in the store, computed the way core's repository (and
 * Elasticsearch) applies one: objects merge key by key, anything else is replaced. The AAD is
 * computed from these values, so this must agree with core; the partial update tests check it.
 */
export function mergeAttributes(current: Record<string, unknown>, update: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    const existing = merged[key];
    merged[key] = isPlainObject(value) && isPlainObject(existing) ? mergeAttributes(existing, value) : value;
  }
  return merged;
}
