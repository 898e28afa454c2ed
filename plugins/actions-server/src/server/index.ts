import type { PluginInitializer } from '@kbn/core-server';
import { ActionsPlugin } from './plugin';
import type { ActionsServerSetup, ActionsServerStart } from './types';

export { config, type ActionsConfig } from './config';
export type { ActionsClient } from './actions_client/actions_client';
export type { UnsecuredActionsClient, UnsecuredExecuteOptions } from './actions_client/unsecured_actions_client';
export type { ActionsServerSetup, ActionsServerStart, ActionsServerSetupDeps, ActionsServerStartDeps } from './types';
export type { EnqueueItem, EnqueueResult } from './execution/enqueue';
export type { ExecuteOptions } from './execution/action_executor';

export const plugin: PluginInitializer<ActionsServerSetup, ActionsServerStart> = (context) => new ActionsPlugin(context);
