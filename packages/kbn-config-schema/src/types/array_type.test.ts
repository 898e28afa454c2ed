import { schema } from '..';

describe('schema.arrayOf', () => {
  const s = schema.arrayOf(schema.string(), { minSize: 1, maxSize: 2 });

  test('validates items with their index in the path', () => {
    expect(s.validate(['a'])).toEqual(['a']);
    expect(() => s.validate(['a', 1])).toThrow('[1]: expected value of type [string] but got [number]');
  });

  test('sizes', () => {
    expect(() => s.validate([])).toThrow('array size is [0], but cannot be smaller than [1]');
    expect(() => s.validate(['a', 'b', 'c'])).toThrow('array size is [3], but cannot be greater than [2]');
  });

  test('type errors and JSON text', () => {
    expect(() => s.validate(undefined)).toThrow('expected value of type [array] but got [undefined]');
    expect(() => s.validate('abc')).toThrow('expected value of type [array] but got [string]');
    expect(s.validate('["x"]')).toEqual(['x']);
  });

  test('objects inside arrays name index and key', () => {
    const objects = schema.arrayOf(schema.object({ id: schema.string() }));
    expect(() => objects.validate([{ id: 'a' }, {}], {}, 'request body')).toThrow(
      '[request body.1.id]: expected value of type [string] but got [undefined]'
    );
  });
});
