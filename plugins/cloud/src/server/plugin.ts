import type { Plugin, PluginInitializerContext } from '@kbn/core-server';
import type { CloudConfig } from './config';

/** Where the platform runs, as Kibana's cloud plugin tells it. */
export interface CloudServerSetup {
  /** `xpack.cloud.id`. */
  cloudId?: string;
  /** The last segment of `xpack.cloud.deployment_url`, as Kibana derives it. */
  deploymentId?: string;
  isCloudEnabled: boolean;
  isServerlessEnabled: boolean;
  serverless: { projectId?: string; projectName?: string; projectType?: string };
}

export type CloudServerStart = CloudServerSetup;

/** Kibana's rule: the deployment id is whatever follows the last slash of the deployment URL. */
export function deploymentIdFromUrl(deploymentUrl?: string): string | undefined {
  return deploymentUrl ? deploymentUrl.split('/').pop() || undefined : undefined;
}

export class CloudServerPlugin implements Plugin<CloudServerSetup, CloudServerStart> {
  private readonly contract: CloudServerSetup;

  constructor(context: PluginInitializerContext<CloudConfig>) {
    const config = context.config.get<CloudConfig>();
    this.contract = {
      cloudId: config.id,
      deploymentId: deploymentIdFromUrl(config.deployment_url),
      isCloudEnabled: Boolean(config.id),
      isServerlessEnabled: Boolean(config.serverless.project_id),
      serverless: { projectId: config.serverless.project_id, projectName: config.serverless.project_name, projectType: config.serverless.project_type },
    };
  }

  public setup(): CloudServerSetup {
    return this.contract;
  }

  public start(): CloudServerStart {
    return this.contract;
  }
}
