import { schema } from '..';

describe('schema.string', () => {
  test('returns the value', () => {
    expect(schema.string().validate('test')).toBe('test');
    expect(schema.string().validate('')).toBe('');
  });

  test('refuses other types with Kibana message', () => {
    expect(() => schema.string().validate(undefined)).toThrow('expected value of type [string] but got [undefined]');
    expect(() => schema.string().validate(1)).toThrow('expected value of type [string] but got [number]');
    expect(() => schema.string().validate(null)).toThrow('expected value of type [string] but got [null]');
    expect(() => schema.string().validate({})).toThrow('expected value of type [string] but got [Object]');
    expect(() => schema.string().validate([])).toThrow('expected value of type [string] but got [Array]');
  });

  test('minLength and maxLength', () => {
    const s = schema.string({ minLength: 2, maxLength: 3 });
    expect(() => s.validate('a')).toThrow('value has length [1] but it must have a minimum length of [2].');
    expect(() => s.validate('abcd')).toThrow('value has length [4] but it must have a maximum length of [3].');
    expect(s.validate('abc')).toBe('abc');
  });

  test('hostname', () => {
    const s = schema.string({ hostname: true });
    expect(s.validate('www.example.com')).toBe('www.example.com');
    expect(s.validate('127.0.0.1')).toBe('127.0.0.1');
    expect(() => s.validate('host:name')).toThrow('value must be a valid hostname (see RFC 1123).');
  });

  test('defaultValue and custom validate', () => {
    expect(schema.string({ defaultValue: 'def' }).validate(undefined)).toBe('def');
    expect(schema.string({ defaultValue: () => 'fn' }).validate(undefined)).toBe('fn');
    const s = schema.string({ validate: (v) => (v.startsWith('x') ? undefined : 'must start with x') });
    expect(() => s.validate('abc')).toThrow('must start with x');
    expect(s.validate('xyz')).toBe('xyz');
  });

  test('namespace prefixes the message', () => {
    expect(() => schema.string().validate(1, {}, 'request body')).toThrow(
      '[request body]: expected value of type [string] but got [number]'
    );
  });

  test('coerceFromNumber', () => {
    expect(schema.string({ coerceFromNumber: true }).validate(12)).toBe('12');
  });
});
