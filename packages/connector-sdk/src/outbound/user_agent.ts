import axios from 'axios';

export interface UserAgentCloudIds {
  /** `xpack.cloud.serverless.project_id`. */
  projectId?: string;
  /** See `deploymentIdFromCloudSettings`. */
  deploymentId?: string;
}

/**
 * `axios/<version>`, plus ` elastic (project:<id>)` on serverless or else
 * ` elastic (deployment:<id>)` on Elastic Cloud, so services can tell which deployment called
 * them. Self-managed servers send the plain axios value, as Kibana does.
 */
export function buildUserAgent({ projectId, deploymentId }: UserAgentCloudIds = {}): string {
  const parts = [`axios/${axios.VERSION}`];
  if (projectId) {
    parts.push(`elastic (project:${projectId})`);
  } else if (deploymentId) {
    parts.push(`elastic (deployment:${deploymentId})`);
  }
  return parts.join(' ');
}

export interface CloudSettings {
  /** `xpack.cloud.id`: says the server runs on Elastic Cloud, but carries no deployment id. */
  id?: string;
  /** `xpack.cloud.deployment_url`, e.g. `/deployments/abc123`. */
  deployment_url?: string;
}

/**
 * The deployment id as Kibana's cloud plugin derives it: the last path segment of
 * `xpack.cloud.deployment_url`. The cloud id only encodes Elasticsearch and Kibana hosts, so
 * Kibana does not read a deployment id from it, and neither do we.
 */
export function deploymentIdFromCloudSettings({ deployment_url: deploymentUrl }: CloudSettings): string | undefined {
  if (!deploymentUrl) return undefined;
  return deploymentUrl.split('/').pop() || undefined;
}
