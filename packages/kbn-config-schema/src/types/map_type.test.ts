import { schema } from '..';

describe('schema.mapOf', () => {
  const s = schema.mapOf(schema.string(), schema.number());

  test('takes a Map or a plain object and returns a Map', () => {
    expect(s.validate({ a: 1 })).toEqual(new Map([['a', 1]]));
    expect(s.validate(new Map([['b', 2]]))).toEqual(new Map([['b', 2]]));
  });

  test('errors', () => {
    expect(() => s.validate(new Map([[1, 1]]))).toThrow('[key("1")]: expected value of type [string] but got [number]');
    expect(() => s.validate({ a: 'x' })).toThrow('[a]: expected value of type [number] but got [string]');
    expect(() => s.validate(1)).toThrow('expected value of type [Map] or [object] but got [number]');
  });
});
