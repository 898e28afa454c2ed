import { MemoryLogger } from '@kbn/core-server/mocks';
import type { IValidatedEvent } from './event/event_schema';
import { EventLogService, type IEventLogService } from './logger/event_log_service';

export interface MemoryEventLog {
  /** A real setup contract: registry, merging and validation as in a server. */
  service: IEventLogService;
  /** The events that passed validation, in the order they were logged (none with `indexEntries: false`). */
  events: IValidatedEvent[];
  /** What the plugin would have written to the server log (invalid events, `logEntries` lines). */
  systemLogger: MemoryLogger;
}

/**
 * The `eventLog` setup contract with an in-memory store, for unit tests of plugins that log events
 * (assert on `events` rather than on calls to a stub). Servers and store tests use the real plugin.
 */
export function createMemoryEventLog(
  options: { providers?: Record<string, string[]>; logEntries?: boolean; indexEntries?: boolean; serverUuid?: string } = {}
): MemoryEventLog {
  const events: IValidatedEvent[] = [];
  const systemLogger = new MemoryLogger([], 'plugins.eventLog');
  const service = new EventLogService({
    serverUuid: options.serverUuid ?? '00000000-0000-4000-8000-000000000000',
    kibanaVersion: '9.1.0',
    systemLogger,
    logEntries: options.logEntries ?? false,
    store: options.indexEntries === false ? undefined : (event) => events.push(event),
  });
  for (const [provider, actions] of Object.entries(options.providers ?? {})) service.registerProviderActions(provider, actions);
  return { service, events, systemLogger };
}
