import type { LogLevelId, LogMeta, Logger } from './types';

export interface LogRecord {
  level: Exclude<LogLevelId, 'all' | 'off'>;
  context: string;
  message: string;
  meta?: LogMeta;
}

/** A logger that keeps its records in memory: for tests that assert what was logged. */
export class MemoryLogger implements Logger {
  constructor(
    public readonly records: LogRecord[] = [],
    private readonly context = 'test'
  ) {}

  trace = (message: string, meta?: LogMeta) => this.log('trace', message, meta);
  debug = (message: string, meta?: LogMeta) => this.log('debug', message, meta);
  info = (message: string, meta?: LogMeta) => this.log('info', message, meta);
  warn = (message: string | Error, meta?: LogMeta) => this.log('warn', message, meta);
  error = (message: string | Error, meta?: LogMeta) => this.log('error', message, meta);
  fatal = (message: string | Error, meta?: LogMeta) => this.log('fatal', message, meta);

  isLevelEnabled(): boolean {
    return true;
  }

  get(...childContextPaths: string[]): Logger {
    return new MemoryLogger(this.records, [this.context, ...childContextPaths].join('.'));
  }

  /** Messages at one level, for assertions. */
  messages(level: LogRecord['level']): string[] {
    return this.records.filter((record) => record.level === level).map((record) => record.message);
  }

  private log(level: LogRecord['level'], message: string | Error, meta?: LogMeta) {
    this.records.push({ level, context: this.context, message: message instanceof Error ? message.message : message, meta });
  }
}
