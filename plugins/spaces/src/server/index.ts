import type { PluginInitializerContext } from '@kbn/core-server';
import type { SpacesConfig } from './config';
import { SpacesPlugin } from './plugin';

export { config } from './config';
export type { SpacesConfig } from './config';
export type {
  GetAllSpacesOptions,
  GetAllSpacesPurpose,
  ISpacesClient,
  SolutionView,
  Space,
  SpacesPluginSetup,
  SpacesPluginStart,
  SpacesServiceSetup,
  SpacesServiceStart,
} from './types';

export const plugin = (context: PluginInitializerContext<SpacesConfig>) => new SpacesPlugin(context);
