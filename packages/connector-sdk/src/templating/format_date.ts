/*
 * The FormatDate lambda: `date; timeZone; format`, defaults UTC and `YYYY-MM-DD hh:mma`, as
 * Kibana's. Kibana formats with moment-timezone; we convert time zones with Intl (Node ships the
 * zone database) and implement moment's common format tokens, so no date library is needed.
 */

const DEFAULT_TIME_ZONE = 'UTC';
const DEFAULT_FORMAT = 'YYYY-MM-DD hh:mma';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
  epochMs: number;
}

function partsInZone(date: Date, timeZone: string): DateParts {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const values: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const millisecond = date.getUTCMilliseconds();
  const asUtc = Date.UTC(values.year, values.month - 1, values.day, values.hour, values.minute, values.second, millisecond);
  return {
    year: values.year,
    month: values.month,
    day: values.day,
    weekday: new Date(Date.UTC(values.year, values.month - 1, values.day)).getUTCDay(),
    hour: values.hour,
    minute: values.minute,
    second: values.second,
    millisecond,
    offsetMinutes: Math.round((asUtc - date.getTime()) / 60000),
    epochMs: date.getTime(),
  };
}

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

function offset(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`;
}

const TOKENS: Record<string, (p: DateParts) => string> = {
  YYYY: (p) => String(p.year),
  YY: (p) => pad(p.year % 100),
  Q: (p) => String(Math.ceil(p.month / 3)),
  MMMM: (p) => MONTHS[p.month - 1],
  MMM: (p) => MONTHS[p.month - 1].slice(0, 3),
  MM: (p) => pad(p.month),
  M: (p) => String(p.month),
  Do: (p) => ordinal(p.day),
  DD: (p) => pad(p.day),
  D: (p) => String(p.day),
  dddd: (p) => WEEKDAYS[p.weekday],
  ddd: (p) => WEEKDAYS[p.weekday].slice(0, 3),
  dd: (p) => WEEKDAYS[p.weekday].slice(0, 2),
  d: (p) => String(p.weekday),
  HH: (p) => pad(p.hour),
  H: (p) => String(p.hour),
  hh: (p) => pad(p.hour % 12 || 12),
  h: (p) => String(p.hour % 12 || 12),
  mm: (p) => pad(p.minute),
  m: (p) => String(p.minute),
  ss: (p) => pad(p.second),
  s: (p) => String(p.second),
  SSS: (p) => pad(p.millisecond, 3),
  SS: (p) => pad(Math.floor(p.millisecond / 10)),
  S: (p) => String(Math.floor(p.millisecond / 100)),
  A: (p) => (p.hour < 12 ? 'AM' : 'PM'),
  a: (p) => (p.hour < 12 ? 'am' : 'pm'),
  ZZ: (p) => offset(p.offsetMinutes, ''),
  Z: (p) => offset(p.offsetMinutes, ':'),
  X: (p) => String(Math.floor(p.epochMs / 1000)),
  x: (p) => String(p.epochMs),
};

// Longest tokens first; `[...]` is literal text, as in moment.
const FORMAT_TOKEN = new RegExp(`\\[[^\\]]*\\]|${Object.keys(TOKENS).sort((a, b) => b.length - a.length).join('|')}`, 'g');

function format(parts: DateParts, pattern: string): string {
  return pattern.replace(FORMAT_TOKEN, (token) => (token.startsWith('[') ? token.slice(1, -1) : TOKENS[token](parts)));
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The formatted date, or an error message (flagged, for the caller to log). */
export function formatDate(dateTimeZoneFormat: string): { value: string; error?: boolean } {
  const [date = '', timeZone = '', pattern = ''] = dateTimeZoneFormat.split(';', 3).map((s) => s.trim());
  if (date === '') return { value: 'date is empty', error: true };
  const parsed = new Date(date);
  if (isNaN(parsed.valueOf())) return { value: `invalid date "${date}"`, error: true };
  const zone = timeZone || DEFAULT_TIME_ZONE;
  if (!isTimeZone(zone)) return { value: `unknown timeZone value "${zone}"`, error: true };
  return { value: format(partsInZone(parsed, zone), pattern || DEFAULT_FORMAT) };
}
