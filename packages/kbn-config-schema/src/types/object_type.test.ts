import { schema, type TypeOf } from '..';

describe('schema.object', () => {
  const s = schema.object({ name: schema.string(), nested: schema.object({ port: schema.number({ defaultValue: 1 }) }) });

  test('validates and fills defaults', () => {
    expect(s.validate({ name: 'a' })).toEqual({ name: 'a', nested: { port: 1 } });
  });

  test('missing required key names the key', () => {
    expect(() => s.validate({})).toThrow('[name]: expected value of type [string] but got [undefined]');
    expect(() => s.validate(undefined)).toThrow('[name]: expected value of type [string] but got [undefined]');
  });

  test('nested keys are joined with dots, and the namespace comes first', () => {
    expect(() => s.validate({ name: 'a', nested: { port: 'x' } }, {}, 'request body')).toThrow(
      '[request body.nested.port]: expected value of type [number] but got [string]'
    );
  });

  test('non objects', () => {
    expect(() => s.validate(null, {}, 'request body')).toThrow(
      '[request body]: expected a plain object value, but found [null] instead.'
    );
    expect(() => s.validate([])).toThrow('expected a plain object value, but found [Array] instead.');
  });

  test('unknown keys: forbid (default), allow, ignore', () => {
    expect(() => s.validate({ name: 'a', extra: 1 })).toThrow('[extra]: definition for this key is missing');
    const allow = schema.object({ a: schema.string() }, { unknowns: 'allow' });
    expect(allow.validate({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
    const ignore = schema.object({ a: schema.string() }, { unknowns: 'ignore' });
    expect(ignore.validate({ a: 'x', b: 1 })).toEqual({ a: 'x' });
  });

  test('parses JSON text', () => {
    expect(s.validate('{"name":"j"}')).toEqual({ name: 'j', nested: { port: 1 } });
    expect(() => s.validate('{bad')).toThrow('could not parse object value from json input');
  });

  test('extends adds and removes keys', () => {
    const extended = s.extends({ name: undefined, id: schema.string() });
    expect(extended.validate({ id: 'x' })).toEqual({ id: 'x', nested: { port: 1 } });
    expect(() => extended.validate({ id: 'x', name: 'y' })).toThrow('[name]: definition for this key is missing');
  });

  test('extendsDeep passes unknowns down', () => {
    const deep = s.extendsDeep({ unknowns: 'allow' });
    expect(deep.validate({ name: 'a', nested: { port: 2, other: true } })).toEqual({
      name: 'a',
      nested: { port: 2, other: true },
    });
  });

  test('custom validate on the object', () => {
    const range = schema.object(
      { from: schema.number(), to: schema.number() },
      { validate: (v) => (v.from > v.to ? 'from must not be after to' : undefined) }
    );
    expect(() => range.validate({ from: 2, to: 1 })).toThrow('from must not be after to');
  });

  test('TypeOf infers the shape', () => {
    const value: TypeOf<typeof s> = { name: 'x', nested: { port: 1 } };
    expect(s.validate(value).nested.port).toBe(1);
  });
});
