import { isPrototypePollutionKey, isUnsafeId } from './is_unsafe_id';

describe('isUnsafeId', () => {
  it.each([
    ['', 'empty'],
    ['__proto__', 'a prototype-pollution key'],
    ['constructor', 'a prototype-pollution key'],
    ['prototype', 'a prototype-pollution key'],
    ['../etc/passwd', 'path traversal'],
    ['..%2fetc%2fpasswd', 'an encoded traversal still holding ".."'],
    ['a..b', 'a ".." in the middle'],
    ['path/to/file', 'a slash'],
    ['/', 'a lone slash'],
    ['a'.repeat(256), 'longer than the default 255'],
  ])('%j is unsafe (%s)', (id) => {
    expect(isUnsafeId(id)).toBe(true);
  });

  it.each([
    ['my-connector'],
    ['My_Connector'], // format is not its concern, only safety
    ['a.b'],
    ['a'.repeat(255)],
    ['Constructor'],
    ['__proto'],
  ])('%j is safe', (id) => {
    expect(isUnsafeId(id)).toBe(false);
  });

  it('takes a custom maximum length', () => {
    expect(isUnsafeId('a'.repeat(36), 36)).toBe(false);
    expect(isUnsafeId('a'.repeat(37), 36)).toBe(true);
  });
});

describe('isPrototypePollutionKey', () => {
  it.each([
    ['__proto__', true],
    ['constructor', true],
    ['prototype', true],
    ['proto', false],
    ['constructors', false],
  ])('%j is %s', (id, expected) => {
    expect(isPrototypePollutionKey(id)).toBe(expected);
  });
});
