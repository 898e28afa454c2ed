import type { PluginInitializer } from '@kbn/core-server';
import { EventLogServerPlugin, type EventLogServerSetup, type EventLogServerStart } from './plugin';

export { config, type EventLogConfig } from './config';
export type { EventLogServerSetup, EventLogServerStart };

export const plugin: PluginInitializer<EventLogServerSetup, EventLogServerStart> = () => new EventLogServerPlugin();
