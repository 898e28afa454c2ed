import type { CoreSetup, Plugin } from '@kbn/core-server';

/** What `taskManager` gives the plugins that depend on it during setup: nothing yet. */
export type TaskManagerServerSetup = Record<string, never>;

/** What `taskManager` gives the plugins that depend on it once everything has started. */
export interface TaskManagerServerStart {
  /** When the plugin started; GET /api/task_manager/_status reports it. */
  readonly startedAt: Date;
}

export class TaskManagerServerPlugin implements Plugin<TaskManagerServerSetup, TaskManagerServerStart> {
  public setup(core: CoreSetup<object, TaskManagerServerStart>): TaskManagerServerSetup {
    const router = core.http.createRouter();
    router.get({ path: '/api/task_manager/_status', validate: false }, async (_context, _request, response) => {
      const [, , { startedAt }] = await core.getStartServices();
      return response.ok({ body: { id: 'taskManager', started_at: startedAt.toISOString() } });
    });
    return {};
  }

  public start(): TaskManagerServerStart {
    return { startedAt: new Date() };
  }
}
