import { ActionsPublicPlugin } from './plugin';

export { CONNECTORS_APP_ID } from './plugin';
export type {
  ActionParamsProps,
  ActionsPublicSetup,
  ConnectorFieldsProps,
  ConnectorFormValues,
  ConnectorTypeModel,
  ConnectorTypeRegistry,
} from './types';

export const plugin = () => new ActionsPublicPlugin();
