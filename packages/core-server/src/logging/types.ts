/** Levels in increasing severity, as Kibana's logging config names them. */
export type LogLevelId = 'all' | 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'off';

/** Extra ECS fields merged into a log record (e.g. `{ event: { action: 'x' } }`). */
export type LogMeta = Record<string, unknown>;

export interface Logger {
  trace(message: string, meta?: LogMeta): void;
  debug(message: string, meta?: LogMeta): void;
  info(message: string, meta?: LogMeta): void;
  warn(message: string | Error, meta?: LogMeta): void;
  error(message: string | Error, meta?: LogMeta): void;
  fatal(message: string | Error, meta?: LogMeta): void;
  isLevelEnabled(level: Exclude<LogLevelId, 'all' | 'off'>): boolean;
  /** A child logger whose context is this logger's context plus the given parts (joined by `.`). */
  get(...childContextPaths: string[]): Logger;
}

export interface LoggerFactory {
  /** `get('plugins', 'actions')` gives the logger of context `plugins.actions`. */
  get(...contextParts: string[]): Logger;
}
