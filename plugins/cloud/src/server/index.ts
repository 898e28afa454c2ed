import type { PluginInitializer } from '@kbn/core-server';
import { CloudServerPlugin, type CloudServerSetup, type CloudServerStart } from './plugin';

export { config, type CloudConfig } from './config';
export type { CloudServerSetup, CloudServerStart };

export const plugin: PluginInitializer<CloudServerSetup, CloudServerStart> = (context) => new CloudServerPlugin(context);
