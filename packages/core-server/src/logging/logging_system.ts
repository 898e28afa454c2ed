import { mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import type { LoggingConfig } from '../config/core_config';
import { jsonLayout, LEVEL_ORDER, patternLayout, type Level, type LogRecordData } from './layouts';
import type { LogLevelId, LogMeta, Logger, LoggerFactory } from './types';

interface Appender {
  append(record: LogRecordData): void;
  flush(): void;
}

type Destination = ReturnType<typeof pino.destination>;

/** Loggers by dotted context, levels and appenders from `logging.*`, as Kibana configures them. */
export class LoggingSystem implements LoggerFactory {
  private config: LoggingConfig = { root: { level: 'info', appenders: ['default'] }, appenders: {}, loggers: [] };
  private appenders = new Map<string, Appender>();
  private readonly destinations: Destination[] = [];
  private readonly loggers = new Map<string, ContextLogger>();

  constructor(private readonly dataRelativeTo = process.cwd()) {
    this.appenders.set('default', this.createConsole('pattern'));
  }

  public configure(config: LoggingConfig): void {
    this.flush();
    this.config = config;
    const appenders = new Map<string, Appender>([['default', this.createConsole('pattern')]]);
    for (const [name, appender] of Object.entries(config.appenders)) {
      const layout = appender.layout.type === 'json' ? jsonLayout() : patternLayout(appender.layout.pattern);
      if (appender.type === 'file') {
        if (!appender.fileName) throw new Error(`[logging.appenders.${name}.fileName]: a file appender needs a fileName`);
        const file = resolve(this.dataRelativeTo, appender.fileName);
        mkdirSync(dirname(file), { recursive: true });
        // Opened here so that a bad path fails start. Writes are synchronous (see createWriter).
        appenders.set(name, this.createWriter(pino.destination({ dest: openSync(file, 'a'), sync: true }), layout));
      } else {
        appenders.set(name, this.createWriter(pino.destination({ dest: 1, sync: true }), layout));
      }
    }
    for (const { name, appenders: names } of [{ name: 'root', appenders: config.root.appenders }, ...config.loggers]) {
      const missing = names.find((appender) => !appenders.has(appender));
      if (missing) throw new Error(`Appender "${missing}" of logger "${name}" is not defined`);
    }
    this.appenders = appenders;
    for (const logger of this.loggers.values()) logger.reconfigure(...this.resolve(logger.context));
  }

  public get(...contextParts: string[]): Logger {
    const context = contextParts.filter(Boolean).join('.') || 'root';
    let logger = this.loggers.get(context);
    if (!logger) {
      logger = new ContextLogger(context, this, ...this.resolve(context));
      this.loggers.set(context, logger);
    }
    return logger;
  }

  public flush(): void {
    for (const destination of this.destinations) destination.flushSync();
  }

  /** The level and appenders of the closest configured logger (`plugins.actions` covers `plugins.actions.x`). */
  private resolve(context: string): [number, Appender[]] {
    const match = [...this.config.loggers]
      .filter((logger) => context === logger.name || context.startsWith(`${logger.name}.`))
      .sort((a, b) => b.name.length - a.name.length)[0];
    const level = match?.level ?? this.config.root.level;
    const names = match?.appenders.length ? match.appenders : this.config.root.appenders;
    const appenders = names.map((name) => {
      const appender = this.appenders.get(name);
      if (!appender) throw new Error(`Appender "${name}" of logger "${match?.name ?? 'root'}" is not defined`);
      return appender;
    });
    return [LEVEL_ORDER[level], appenders];
  }

  private createConsole(type: 'pattern'): Appender {
    return this.createWriter(pino.destination({ dest: 1, sync: true }), type === 'pattern' ? patternLayout() : jsonLayout());
  }

  /**
   * Destinations write synchronously: an asynchronous one can have a write in flight when
   * `flushSync` writes what was buffered after it, and lines then land out of order (or after
   * the FATAL line of a failed start). A log line costs one write call of a few microseconds.
   */
  private createWriter(destination: Destination, layout: (record: LogRecordData) => string): Appender {
    this.destinations.push(destination);
    return { append: (record) => destination.write(`${layout(record)}\n`), flush: () => destination.flushSync() };
  }
}

class ContextLogger implements Logger {
  constructor(
    public readonly context: string,
    private readonly factory: LoggerFactory,
    private level: number,
    private appenders: Appender[]
  ) {}

  reconfigure(level: number, appenders: Appender[]) {
    this.level = level;
    this.appenders = appenders;
  }

  trace = (message: string, meta?: LogMeta) => this.log('trace', message, meta);
  debug = (message: string, meta?: LogMeta) => this.log('debug', message, meta);
  info = (message: string, meta?: LogMeta) => this.log('info', message, meta);
  warn = (message: string | Error, meta?: LogMeta) => this.log('warn', message, meta);
  error = (message: string | Error, meta?: LogMeta) => this.log('error', message, meta);
  fatal = (message: string | Error, meta?: LogMeta) => this.log('fatal', message, meta);

  isLevelEnabled(level: Exclude<LogLevelId, 'all' | 'off'>): boolean {
    return LEVEL_ORDER[level] >= this.level;
  }

  get(...childContextPaths: string[]): Logger {
    return this.factory.get(this.context, ...childContextPaths);
  }

  private log(level: Level, message: string | Error, meta?: LogMeta) {
    if (LEVEL_ORDER[level] < this.level) return;
    const record: LogRecordData = {
      timestamp: new Date(),
      level,
      context: this.context,
      message: message instanceof Error ? message.message : message,
      error: message instanceof Error ? message : undefined,
      meta,
      pid: process.pid,
    };
    for (const appender of this.appenders) appender.append(record);
  }
}
