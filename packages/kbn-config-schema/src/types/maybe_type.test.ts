import { schema, type TypeOf } from '..';

describe('schema.maybe and schema.nullable', () => {
  test('maybe allows a missing value and validates a present one', () => {
    const s = schema.maybe(schema.string());
    expect(s.validate(undefined)).toBeUndefined();
    expect(s.validate('a')).toBe('a');
    expect(() => s.validate(1)).toThrow('expected value of type [string] but got [number]');
  });

  test('maybe drops the default of the wrapped type', () => {
    expect(schema.maybe(schema.string({ defaultValue: 'x' })).validate(undefined)).toBeUndefined();
  });

  test('maybe keys are optional in the object type', () => {
    const s = schema.object({ a: schema.maybe(schema.string()), b: schema.string() });
    const value: TypeOf<typeof s> = { b: 'x' };
    expect(s.validate(value)).toEqual({ b: 'x' });
  });

  test('nullable accepts null and defaults to null', () => {
    const s = schema.nullable(schema.string());
    expect(s.validate(null)).toBeNull();
    expect(s.validate(undefined)).toBeNull();
    expect(s.validate('a')).toBe('a');
  });
});
