import { ConnectorsElasticStackPublicPlugin, type ConnectorsElasticStackPublicSetupDeps } from './plugin';

export type { ConnectorsElasticStackPublicSetupDeps };

export const plugin = () => new ConnectorsElasticStackPublicPlugin();
