import type { LogLevelId, LogMeta, Logger, LoggerFactory } from '../logging/types';
import { HttpService } from './http_service';
import type { HttpConfig, HttpServiceSetup, HttpServiceStart, InternalHttpServiceSetup } from './types';

export interface TestLogRecord {
  context: string;
  level: Exclude<LogLevelId, 'all' | 'off'>;
  message: string;
  error?: Error;
  meta?: LogMeta;
}

/** A logger factory that keeps every record, so tests can assert what was logged and where. */
export function createTestLoggerFactory(): LoggerFactory & { records: TestLogRecord[] } {
  const records: TestLogRecord[] = [];
  const make = (context: string): Logger => {
    const log = (level: TestLogRecord['level']) => (message: string | Error, meta?: LogMeta) => {
      records.push({ context, level, message: message instanceof Error ? message.message : message, error: message instanceof Error ? message : undefined, meta });
    };
    return {
      trace: log('trace'),
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      fatal: log('fatal'),
      isLevelEnabled: () => true,
      get: (...parts) => make([context, ...parts].join('.')),
    };
  };
  return { records, get: (...parts) => make(parts.join('.')) };
}

export interface TestHttpServer {
  /** `http://127.0.0.1:<port><basePath>` */
  url: string;
  start: HttpServiceStart;
  records: TestLogRecord[];
  stop(): Promise<void>;
}

/**
 * Starts a real HttpService on 127.0.0.1 and a free port after `configure` registered routes and
 * hooks as plugin `test`; for route tests over real sockets.
 */
export async function startTestHttpServer(
  configure: (http: HttpServiceSetup, core: InternalHttpServiceSetup) => void,
  config: Partial<HttpConfig> = {}
): Promise<TestHttpServer> {
  const logger = createTestLoggerFactory();
  const service = new HttpService({ logger, config: { host: '127.0.0.1', port: 0, basePath: '', ...config } });
  const core = service.setup();
  configure(core.forPlugin('test'), core);
  const start = await service.start();
  return { url: start.getServerUrl(), start, records: logger.records, stop: () => service.stop() };
}
