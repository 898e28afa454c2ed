import { schema } from '..';

describe('schema.oneOf', () => {
  test('the first matching type wins', () => {
    const s = schema.oneOf([schema.string(), schema.number()]);
    expect(s.validate('a')).toBe('a');
    expect(s.validate(1)).toBe(1);
  });

  test('lists every failure', () => {
    const s = schema.oneOf([schema.literal('a'), schema.literal('b')]);
    expect(() => s.validate('c')).toThrow(
      'types that failed validation:\n- [0]: expected value to equal [a]\n- [1]: expected value to equal [b]'
    );
  });

  test('failures inside an object carry the key and index', () => {
    const s = schema.object({ kind: schema.oneOf([schema.literal('a'), schema.number()]) });
    expect(() => s.validate({ kind: true }, {}, 'request body')).toThrow(
      '[request body.kind]: types that failed validation:\n- [request body.kind.0]: expected value to equal [a]\n- [request body.kind.1]: expected value of type [number] but got [boolean]'
    );
  });

  test('missing value', () => {
    expect(() => schema.oneOf([schema.string()]).validate(undefined)).toThrow(
      'expected at least one defined value but got [undefined]'
    );
  });
});
