import { isValidInterval, parseIntervalAsMillisecond } from './intervals';

describe('parseIntervalAsMillisecond', () => {
  test.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['2d', 172_800_000],
  ])('%s is %d ms', (interval, ms) => {
    expect(parseIntervalAsMillisecond(interval)).toBe(ms);
    expect(isValidInterval(interval)).toBe(true);
  });

  test.each(['', '5', '0m', '5 m', '1w', '-1s', '1.5m'])('rejects %p with Kibana message', (interval) => {
    expect(() => parseIntervalAsMillisecond(interval)).toThrow(`Invalid interval "${interval}". Intervals must be of the form {number}m. Example: 5m.`);
    expect(isValidInterval(interval)).toBe(false);
  });
});
