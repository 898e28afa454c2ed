import type { IRouter, Logger, StorageDialect } from '@kbn/core-server';
import type { TaskManagerConfig } from '../config';
import type { TaskDb } from '../store/task_table';
import { buildHealth } from './health';
import type { RuntimeStats } from './runtime_stats';
import { readWorkload } from './workload';

export const HEALTH_PATH = '/api/task_manager/_health';

/** `GET /api/task_manager/_health`: this process's runtime view plus the store's workload. */
export function defineHealthRoute(deps: {
  router: IRouter;
  logger: Logger;
  id: string;
  config: TaskManagerConfig;
  runtime: RuntimeStats;
  getStore: () => Promise<{ db: TaskDb; dialect: StorageDialect }>;
}): void {
  deps.router.get({ path: HEALTH_PATH, validate: false, options: { access: 'public', summary: 'Get the task manager health' } }, async (_context, _request, response) => {
    try {
      const { db, dialect } = await deps.getStore();
      const workload = await readWorkload(db, dialect);
      return response.ok({ body: { ...buildHealth({ id: deps.id, config: deps.config, runtime: deps.runtime, workload }) } });
    } catch (error) {
      deps.logger.error(`Unable to read the task manager health: ${(error as Error).message}`);
      return response.customError({ statusCode: 500, body: { message: `Unable to read the task manager health: ${(error as Error).message}` } });
    }
  });
}
