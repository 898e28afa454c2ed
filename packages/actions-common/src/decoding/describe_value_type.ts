/**
 * The type name a decode message reports for a value: `string`, `number`, `undefined`, `null`,
 * `Array`, `Object` ... as Kibana's schema messages do. Only the type, never the value: responses
 * can carry connector config, and messages end up in logs.
 */
export function describeValueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value !== 'object') return typeof value;
  return Object.prototype.toString.call(value).slice('[object '.length, -1);
}
