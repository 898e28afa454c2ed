import type { PluginInitializerContext } from '@kbn/core-server';
import type { SavedObjectsManagementConfig } from './config';
import { SavedObjectsManagementServerPlugin } from './plugin';

export { config, type SavedObjectsManagementConfig } from './config';
export type { SavedObjectsManagementServerSetup, SavedObjectsManagementServerStart } from './plugin';

export const plugin = (context: PluginInitializerContext<SavedObjectsManagementConfig>) => new SavedObjectsManagementServerPlugin(context);
