import { schema } from '..';

describe('schema.literal', () => {
  test('accepts only the literal', () => {
    expect(schema.literal('foo').validate('foo')).toBe('foo');
    expect(schema.literal(42).validate(42)).toBe(42);
    expect(() => schema.literal('foo').validate('bar')).toThrow('expected value to equal [foo]');
    expect(() => schema.literal(true).validate(undefined)).toThrow('expected value to equal [true]');
  });
});
