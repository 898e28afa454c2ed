import type { CoreSetup, Plugin } from '@kbn/core-server';

/** What `eventLog` gives the plugins that depend on it during setup: nothing yet. */
export type EventLogServerSetup = Record<string, never>;

/** What `eventLog` gives the plugins that depend on it once everything has started. */
export interface EventLogServerStart {
  /** When the plugin started; GET /api/event_log/_status reports it. */
  readonly startedAt: Date;
}

export class EventLogServerPlugin implements Plugin<EventLogServerSetup, EventLogServerStart> {
  public setup(core: CoreSetup<object, EventLogServerStart>): EventLogServerSetup {
    const router = core.http.createRouter();
    router.get({ path: '/api/event_log/_status', validate: false }, async (_context, _request, response) => {
      const [, , { startedAt }] = await core.getStartServices();
      return response.ok({ body: { id: 'eventLog', started_at: startedAt.toISOString() } });
    });
    return {};
  }

  public start(): EventLogServerStart {
    return { startedAt: new Date() };
  }
}
