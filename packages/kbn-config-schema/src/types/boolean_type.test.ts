import { schema } from '..';

describe('schema.boolean', () => {
  test('booleans and their strings', () => {
    expect(schema.boolean().validate(true)).toBe(true);
    expect(schema.boolean().validate('false')).toBe(false);
  });

  test('type errors', () => {
    expect(() => schema.boolean().validate(undefined)).toThrow('expected value of type [boolean] but got [undefined]');
    expect(() => schema.boolean().validate(1)).toThrow('expected value of type [boolean] but got [number]');
  });

  test('defaultValue', () => {
    expect(schema.boolean({ defaultValue: true }).validate(undefined)).toBe(true);
  });
});
