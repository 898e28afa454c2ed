import moment from 'moment';
import { schema } from '..';

describe('schema.duration', () => {
  test('parses units and milliseconds', () => {
    expect(schema.duration().validate('5s').asMilliseconds()).toBe(5000);
    expect(schema.duration().validate('2m').asSeconds()).toBe(120);
    expect(schema.duration().validate(1500).asMilliseconds()).toBe(1500);
    expect(schema.duration().validate('250').asMilliseconds()).toBe(250);
    expect(schema.duration().validate(moment.duration(1, 'h')).asMinutes()).toBe(60);
  });

  test('defaultValue as text', () => {
    expect(schema.duration({ defaultValue: '60s' }).validate(undefined).asSeconds()).toBe(60);
  });

  test('bad values', () => {
    expect(() => schema.duration().validate('5 seconds')).toThrow(
      "Failed to parse value as time value. Value must be a duration in milliseconds, or follow the format <count>[ms|s|m|h|d|w|M|Y] (e.g. '70ms', '5s', '3d', '1Y'), where the duration is a safe positive integer."
    );
    expect(() => schema.duration().validate(true)).toThrow('expected value of type [moment.Duration] but got [boolean]');
  });

  test('min and max', () => {
    const s = schema.duration({ min: '1s', max: '1m' });
    expect(() => s.validate('500ms')).toThrow('Value must be equal to or greater than [PT1S]');
    expect(() => s.validate('2m')).toThrow('Value must be equal to or less than [PT1M]');
  });
});
