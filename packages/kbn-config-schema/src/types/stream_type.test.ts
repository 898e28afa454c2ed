import { Readable } from 'node:stream';
import { isConfigSchema, schema } from '..';

describe('schema.stream and schema.buffer', () => {
  test('stream', () => {
    const readable = Readable.from(['a']);
    expect(schema.stream().validate(readable)).toBe(readable);
    expect(() => schema.stream().validate('a')).toThrow('expected value of type [Stream] but got [string]');
  });

  test('buffer', () => {
    const data = Buffer.from('a');
    expect(schema.buffer().validate(data)).toEqual(data);
    expect(() => schema.buffer().validate(1)).toThrow('expected value of type [Buffer] but got [number]');
  });

  test('isConfigSchema', () => {
    expect(isConfigSchema(schema.string())).toBe(true);
    expect(isConfigSchema({ validate: () => 1 })).toBe(false);
  });
});
