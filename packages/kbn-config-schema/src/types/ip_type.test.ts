import { schema } from '..';

describe('schema.ip', () => {
  test('ipv4 and ipv6 by default', () => {
    expect(schema.ip().validate('10.0.0.1')).toBe('10.0.0.1');
    expect(schema.ip().validate('::1')).toBe('::1');
    expect(() => schema.ip().validate('999.1.1.1')).toThrow('value must be a valid ipv4 or ipv6 address');
  });

  test('versions', () => {
    expect(() => schema.ip({ versions: ['ipv4'] }).validate('::1')).toThrow('value must be a valid ipv4 address');
  });
});
