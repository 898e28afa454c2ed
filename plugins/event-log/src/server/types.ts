import type { KibanaRequest } from '@kbn/core-server';
import type { IEventLogService } from './logger/event_log_service';
import type { IEventLogClient } from './queries/event_log_client';

/** The `eventLog` start contract (Kibana's `IEventLogClientService`). */
export interface IEventLogClientService {
  /** A client that reads the events of the request's space. */
  getClient(request: KibanaRequest): IEventLogClient;
  /** Resolves once every event logged so far is stored: for tests and orderly shutdowns. */
  flush(): Promise<void>;
}

export type EventLogServerSetup = IEventLogService;
export type EventLogServerStart = IEventLogClientService;
