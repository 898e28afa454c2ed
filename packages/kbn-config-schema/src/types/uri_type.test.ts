import { schema } from '..';

describe('schema.uri', () => {
  test('valid and invalid URIs', () => {
    expect(schema.uri().validate('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(() => schema.uri().validate('not a uri')).toThrow('value must be a valid URI (see RFC 3986).');
    expect(() => schema.uri().validate(1)).toThrow('expected value of type [string] but got [number]');
  });

  test('scheme', () => {
    const s = schema.uri({ scheme: ['http', 'https'] });
    expect(s.validate('http://a.b')).toBe('http://a.b');
    expect(() => s.validate('ftp://a.b')).toThrow('expected URI with scheme [http|https].');
  });
});
