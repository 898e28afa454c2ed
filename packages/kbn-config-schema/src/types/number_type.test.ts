import { schema } from '..';

describe('schema.number', () => {
  test('returns numbers and parses numeric strings', () => {
    expect(schema.number().validate(4)).toBe(4);
    expect(schema.number().validate('42')).toBe(42);
  });

  test('min and max with Kibana messages', () => {
    const n = schema.number({ min: 1, max: 10 });
    expect(() => n.validate(0)).toThrow('Value must be equal to or greater than [1].');
    expect(() => n.validate(11)).toThrow('Value must be equal to or lower than [10].');
  });

  test('type errors', () => {
    expect(() => schema.number().validate(undefined)).toThrow('expected value of type [number] but got [undefined]');
    expect(() => schema.number().validate('abc')).toThrow('expected value of type [number] but got [string]');
    expect(() => schema.number().validate(true)).toThrow('expected value of type [number] but got [boolean]');
  });

  test('defaultValue', () => {
    expect(schema.number({ defaultValue: 5601 }).validate(undefined)).toBe(5601);
  });
});
