import axios from 'axios';

export interface UserAgentCloudIds {
  /** `xpack.cloud.serverless.project_id`. */
  projectId?: string;
  /** The deployment id, as the cloud plugin derives it from `xpack.cloud.deployment_url`. */
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
