/** The type name Kibana's messages use: `string`, `number`, `undefined`, `null`, `Object`, `Array`, `Map` ... */
export function typeDetect(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value !== 'object') return typeof value;
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' && Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null
    ? (value as { constructor?: { name?: string } }).constructor?.name ?? 'Object'
    : tag;
}
