import { TriggersActionsUiServerPlugin } from './plugin';

export const plugin = () => new TriggersActionsUiServerPlugin();
