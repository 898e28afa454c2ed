import type { PluginInitializer } from '@kbn/core-server';
import { LicensingServerPlugin, type LicensingServerSetup, type LicensingServerStart } from './plugin';

export { config, type LicensingConfig } from './config';
export { createLicense, type ILicense, type LicenseType } from './license';
export type { LicensingServerSetup, LicensingServerStart };

export const plugin: PluginInitializer<LicensingServerSetup, LicensingServerStart> = (context) => new LicensingServerPlugin(context);
