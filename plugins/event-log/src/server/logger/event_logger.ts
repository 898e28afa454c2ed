import type { Logger } from '@kbn/core-server';
import { deepMerge } from '../event/deep_merge';
import { ECS_VERSION, type IEvent, type IValidatedEvent } from '../event/event_schema';
import { validateEvent } from '../event/validate_event';

/** What one logger writes with; the same for every logger of the plugin. */
export interface EventLoggerContext {
  isProviderActionRegistered(provider: string, action: string): boolean;
  /** `kibana.server_uuid` and `kibana.version` of every event. */
  serverUuid: string;
  kibanaVersion: string;
  /** Server log of the plugin: invalid events, and each event when `logEntries` is on. */
  systemLogger: Logger;
  logEntries: boolean;
  /** Hands a valid event to the store (`indexEntries`), or undefined when events are not stored. */
  store?: (event: IValidatedEvent) => void;
}

export interface IEventLogger {
  /** Fills and validates the event and queues it for the store; never throws, never waits. */
  logEvent(properties: IEvent): void;
  /** Sets `event.start` (now, or the given time). */
  startTiming(event: IEvent, startTime?: Date): void;
  /** Sets `event.end` and `event.duration` (nanoseconds) from `event.start`. */
  stopTiming(event: IEvent): void;
}

export const EVENT_LOGGED_PREFIX = 'event logged: ';

/** Nanoseconds as Kibana writes them: a decimal string, exact beyond 2^53. */
function millisToNanos(millis: number): string {
  return (BigInt(Math.round(millis)) * 1_000_000n).toString();
}

export class EventLogger implements IEventLogger {
  constructor(
    private readonly context: EventLoggerContext,
    private readonly initialProperties: IEvent
  ) {}

  public startTiming(event: IEvent, startTime?: Date): void {
    if (event == null) return;
    event.event ??= {};
    event.event.start = (startTime ?? new Date()).toISOString();
  }

  public stopTiming(event: IEvent): void {
    if (event?.event?.start == null) return;
    const start = Date.parse(event.event.start);
    if (Number.isNaN(start)) return;
    const end = Date.now();
    event.event.end = new Date(end).toISOString();
    event.event.duration = millisToNanos(end - start);
  }

  public logEvent(properties: IEvent): void {
    const { context } = this;
    try {
      const event = deepMerge(
        { '@timestamp': new Date().toISOString() },
        this.initialProperties,
        properties,
        { ecs: { version: ECS_VERSION }, kibana: { server_uuid: context.serverUuid, version: context.kibanaVersion } }
      );
      let validated: IValidatedEvent;
      try {
        validated = validateEvent(event, (provider, action) => context.isProviderActionRegistered(provider, action));
      } catch (error) {
        context.systemLogger.warn(`invalid event logged: ${(error as Error).message}; ${safeStringify(event)}`);
        return;
      }
      context.store?.(validated);
      if (context.logEntries) context.systemLogger.info(`${EVENT_LOGGED_PREFIX}${safeStringify(validated)}`, { tags: ['event-log'] });
    } catch (error) {
      // Logging an event must never break the caller's work.
      context.systemLogger.error(`Unable to log an event: ${(error as Error).message}`);
    }
  }
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[unserializable event]';
  }
}
