import moment, { type Duration, type unitOfTime } from 'moment';

const PATTERN = /^(\d+)(ms|s|m|h|d|w|M|Y)$/;

const UNITS: Record<string, unitOfTime.DurationConstructor> = {
  ms: 'milliseconds',
  s: 'seconds',
  m: 'minutes',
  h: 'hours',
  d: 'days',
  w: 'weeks',
  M: 'months',
  Y: 'years',
};

export const DURATION_FORMAT_MESSAGE =
  "Failed to parse value as time value. Value must be a duration in milliseconds, or follow the format <count>[ms|s|m|h|d|w|M|Y] (e.g. '70ms', '5s', '3d', '1Y'), where the duration is a safe positive integer.";

/** `'5s'`, `5000` or a Duration to a Duration; throws with Kibana's message otherwise. */
export function ensureDuration(value: Duration | string | number): Duration {
  if (moment.isDuration(value)) return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(DURATION_FORMAT_MESSAGE);
    return moment.duration(value, 'milliseconds');
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) return ensureDuration(Number(text));
  const match = PATTERN.exec(text);
  if (!match || !Number.isSafeInteger(Number(match[1]))) throw new Error(DURATION_FORMAT_MESSAGE);
  return moment.duration(Number(match[1]), UNITS[match[2]]);
}

export type { Duration };
