import { format } from 'node:util';

export type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

export interface LogRecordData {
  timestamp: Date;
  level: Level;
  context: string;
  message: string;
  error?: Error;
  meta?: Record<string, unknown>;
  pid: number;
}

export const LEVEL_ORDER: Record<Level | 'all' | 'off', number> = { all: 0, trace: 1, debug: 2, info: 3, warn: 4, error: 5, fatal: 6, off: 7 };

/** Local time with its offset, as Kibana prints it: `2026-11-24T23:44:00.000+00:00`. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number, size = 2) => String(Math.floor(Math.abs(n))).padStart(size, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, -1);
  return `${local}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const DEFAULT_PATTERN = '[%date][%level][%logger] %message';

/** Kibana's pattern layout; `%meta` prints the meta fields as JSON. */
export function patternLayout(pattern = DEFAULT_PATTERN): (record: LogRecordData) => string {
  return (record) => {
    const message = record.error ? `${record.message}${record.error.stack ? `\n${record.error.stack}` : ''}` : record.message;
    return pattern
      .replace(/%date(\{[^}]*\})?/g, () => isoWithOffset(record.timestamp))
      .replace(/%level/g, () => record.level.toUpperCase().padEnd(5))
      .replace(/%logger/g, () => record.context)
      .replace(/%pid/g, () => String(record.pid))
      .replace(/%meta/g, () => (record.meta ? format('%j', record.meta) : ''))
      .replace(/%message/g, () => message);
  };
}

/** Kibana's json layout: one ECS document a line. */
export function jsonLayout(): (record: LogRecordData) => string {
  return (record) => {
    const document: Record<string, unknown> = {
      ...record.meta,
      '@timestamp': isoWithOffset(record.timestamp),
      message: record.message,
      log: { level: record.level.toUpperCase(), logger: record.context },
      process: { pid: record.pid },
      ecs: { version: '8.11.0' },
    };
    if (record.error) document.error = { message: record.error.message, type: record.error.name, stack_trace: record.error.stack };
    return JSON.stringify(document);
  };
}
