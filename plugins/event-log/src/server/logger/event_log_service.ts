import type { IEvent } from '../event/event_schema';
import { EventLogger, type EventLoggerContext, type IEventLogger } from './event_logger';

/** The `eventLog` setup contract (Kibana's `IEventLogService`, without its Elasticsearch parts). */
export interface IEventLogService {
  /** `xpack.eventLog.logEntries`: events also go to the server log. */
  isLoggingEntries(): boolean;
  /** `xpack.eventLog.indexEntries`: events are stored (and found by the client). */
  isIndexingEntries(): boolean;
  /** Declares the actions a provider logs; a provider registers once, with at least one action. */
  registerProviderActions(provider: string, actions: string[]): void;
  isProviderActionRegistered(provider: string, action: string): boolean;
  /** A copy of the registrations. */
  getProviderActions(): Map<string, Set<string>>;
  /** A logger whose events start from `initialProperties` (typically `{ event: { provider } }`). */
  getLogger(initialProperties: IEvent): IEventLogger;
}

export type EventLogServiceContext = Omit<EventLoggerContext, 'isProviderActionRegistered'>;

/** The provider registry, and the factory of loggers that share it. */
export class EventLogService implements IEventLogService {
  private readonly providers = new Map<string, Set<string>>();
  private readonly loggerContext: EventLoggerContext;

  constructor(context: EventLogServiceContext) {
    this.loggerContext = { ...context, isProviderActionRegistered: (provider, action) => this.isProviderActionRegistered(provider, action) };
  }

  public isLoggingEntries(): boolean {
    return this.loggerContext.logEntries;
  }

  public isIndexingEntries(): boolean {
    return this.loggerContext.store !== undefined;
  }

  public registerProviderActions(provider: string, actions: string[]): void {
    if (actions.length === 0) throw new Error(`actions parameter must not be empty for provider: "${provider}"`);
    if (this.providers.has(provider)) throw new Error(`provider already registered: "${provider}"`);
    this.providers.set(provider, new Set(actions));
  }

  public isProviderActionRegistered(provider: string, action: string): boolean {
    return this.providers.get(provider)?.has(action) ?? false;
  }

  public getProviderActions(): Map<string, Set<string>> {
    return new Map([...this.providers].map(([provider, actions]) => [provider, new Set(actions)]));
  }

  public getLogger(initialProperties: IEvent): IEventLogger {
    return new EventLogger(this.loggerContext, initialProperties);
  }
}
