import type { PluginInitializerContext } from '@kbn/core-server';
import { TaskManagerPlugin } from './plugin';

export { config, type TaskManagerConfig } from './config';
export type { TaskManagerSetupContract, TaskManagerStartContract, TaskManagerServerSetup, TaskManagerServerStart, TaskSchedulingOptions } from './types';
export type { FetchOptions, BulkRemoveResult } from './store/task_store';
export type {
  CancellableTask,
  ConcreteTaskInstance,
  IntervalSchedule,
  RunContext,
  RunResult,
  TaskDefinitionRegistry,
  TaskInstance,
  TaskRegisterDefinition,
  TaskRunCreatorFunction,
} from './task';
export { TaskStatus } from './task';
export type { HealthBody, HealthStatus } from './monitoring/health';
export { createRetryableError, throwRetryableError, throwUnrecoverableError, isRetryableError, isUnrecoverableError } from './task_running/errors';

export const plugin = (context: PluginInitializerContext) => new TaskManagerPlugin(context);
