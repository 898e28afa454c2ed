import { decode } from '../decoding/decode';
import { isoDateStringCodec } from './iso_date_string';

describe('isoDateStringCodec', () => {
  it.each([
    ['2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00Z'],
    ['2024-05-01T10:00:00.123456Z'],
    ['2024-05-01T10:00:00+02:00'],
    ['2024-02-29T23:59:59.999-05:30'],
    [new Date(0).toISOString()],
  ])('accepts %j', (value) => {
    expect(decode(isoDateStringCodec, value)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'string'],
    ['2024-05-01', 'string'],
    ['2024-05-01 10:00:00Z', 'string'],
    ['2024-13-01T10:00:00Z', 'string'],
    ['2024-05-01T25:00:00Z', 'string'],
    ['Wed May 01 2024 10:00:00 GMT+0000', 'string'],
    ['soon', 'string'],
    [1714557600000, 'number'],
    [null, 'null'],
  ])('refuses %j', (value, actual) => {
    const result = decode(isoDateStringCodec, value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        `Invalid IsoDateString: expected value of type [IsoDateString] but got [${actual}]`
      );
    }
  });

  it('encodes a string as itself', () => {
    expect(isoDateStringCodec.encode('2024-05-01T10:00:00.000Z')).toBe('2024-05-01T10:00:00.000Z');
  });
});
