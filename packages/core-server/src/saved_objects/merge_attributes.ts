function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A partial update as Elasticsearch applies one: objects merge key by key, everything else
 * (arrays included) is replaced.
 */
export function mergeAttributes<T>(current: T, update: Partial<T>): T {
  if (!isPlainObject(current) || !isPlainObject(update)) return update as T;
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(update)) {
    merged[key] = isPlainObject(value) && isPlainObject(merged[key]) ? mergeAttributes(merged[key], value) : value;
  }
  return merged as T;
}
