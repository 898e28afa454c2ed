import { ByteSizeValue, schema } from '..';

describe('schema.byteSize', () => {
  test('parses units and numbers', () => {
    expect(schema.byteSize().validate('1kb').getValueInBytes()).toBe(1024);
    expect(schema.byteSize().validate('10MB').getValueInBytes()).toBe(10 * 1024 * 1024);
    expect(schema.byteSize().validate(42).getValueInBytes()).toBe(42);
    expect(schema.byteSize({ defaultValue: '1mb' }).validate(undefined).toString()).toBe('1mb');
  });

  test('bad values', () => {
    expect(() => schema.byteSize().validate('1 pb')).toThrow('Failed to parse value as byte value.');
    expect(() => schema.byteSize().validate(true)).toThrow('expected value of type [ByteSize] but got [boolean]');
  });

  test('min and max', () => {
    const s = schema.byteSize({ min: '1kb', max: '1mb' });
    expect(() => s.validate(10)).toThrow('Value must be equal to or greater than [1kb]');
    expect(() => s.validate('2mb')).toThrow('Value must be equal to or less than [1mb]');
    expect(s.validate(new ByteSizeValue(2048)).getValueInBytes()).toBe(2048);
  });
});
