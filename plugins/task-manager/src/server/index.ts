import type { PluginInitializer } from '@kbn/core-server';
import { TaskManagerServerPlugin, type TaskManagerServerSetup, type TaskManagerServerStart } from './plugin';

export { config, type TaskManagerConfig } from './config';
export type { TaskManagerServerSetup, TaskManagerServerStart };

export const plugin: PluginInitializer<TaskManagerServerSetup, TaskManagerServerStart> = () => new TaskManagerServerPlugin();
