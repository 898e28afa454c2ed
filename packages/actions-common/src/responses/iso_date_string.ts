import * as t from 'io-ts';

/** `2024-05-01T10:00:00.000Z`, or with an offset (`+02:00`); seconds' fraction optional. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isIsoDateString(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A date and time as JSON carries a `Date` (`toISOString()`), such as the time an execution's
 * `retry` is due. It stays a string once decoded: the API contract is JSON, `new Date(value)` is
 * the caller's choice.
 */
export const isoDateStringCodec = new t.Type<string, string, unknown>(
  'IsoDateString',
  isIsoDateString,
  (value, context) => (isIsoDateString(value) ? t.success(value) : t.failure(value, context)),
  t.identity
);
