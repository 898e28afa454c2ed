import { schema } from '..';

describe('schema.any', () => {
  test('accepts anything but undefined', () => {
    expect(schema.any().validate(null)).toBe(null);
    expect(schema.any().validate({ a: 1 })).toEqual({ a: 1 });
    expect(() => schema.any().validate(undefined)).toThrow('expected value of type [any] but got [undefined]');
    expect(schema.any({ defaultValue: 'x' }).validate(undefined)).toBe('x');
  });
});
