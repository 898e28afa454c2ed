import type { CoreSetup, CoreStart, Plugin, PluginInitializerContext } from '@kbn/core-server';
import type { EventLogConfig } from './config';
import { EventLogService } from './logger/event_log_service';
import { createEventLogClient } from './queries/event_log_client';
import { DEFAULT_WRITER_OPTIONS, EventWriter } from './store/event_writer';
import { eventLogMigrations } from './store/migrations';
import type { EventLogTables } from './store/tables';
import type { EventLogServerSetup, EventLogServerStart } from './types';

export class EventLogPlugin implements Plugin<EventLogServerSetup, EventLogServerStart> {
  // Both exist from the start: plugins may log events during setup, before the store is open;
  // the writer holds them until `start` attaches it.
  private readonly writer: EventWriter;
  private readonly service: EventLogService;

  constructor(context: PluginInitializerContext<EventLogConfig>) {
    const config = context.config.get();
    const log = context.logger.get();
    this.writer = new EventWriter({ ...DEFAULT_WRITER_OPTIONS, ...config.writeBuffer, log: log.get('writer') });
    this.service = new EventLogService({
      serverUuid: context.env.instanceUuid,
      kibanaVersion: context.env.packageInfo.version,
      systemLogger: log,
      logEntries: config.logEntries,
      store: config.indexEntries ? (event) => this.writer.write(event) : undefined,
    });
  }

  public setup(core: CoreSetup): EventLogServerSetup {
    core.storage.registerMigrations('eventLog', eventLogMigrations(core.storage.dialect));
    return this.service;
  }

  public start(core: CoreStart): EventLogServerStart {
    const store = { db: core.storage.getDb<EventLogTables>(), dialect: core.storage.dialect };
    this.writer.attach(store);
    return {
      getClient: (request) => createEventLogClient(store, request.spaceId),
      flush: () => this.writer.flush(),
    };
  }

  public async stop(): Promise<void> {
    await this.writer.stop();
  }
}
