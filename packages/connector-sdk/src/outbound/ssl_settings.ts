import type { PeerCertificate } from 'node:tls';
import type { Logger } from '@kbn/core-server';
import type { VerificationMode } from './outbound_config_schema';

/** TLS settings of one kind of connection (targets, the proxy), or a connector's own overrides. */
export interface SSLSettings {
  verificationMode?: VerificationMode;
  pfx?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  passphrase?: string;
  ca?: Buffer | string;
}

/** The options of Node's TLS that the settings turn into. */
export interface NodeSSLOptions {
  rejectUnauthorized?: boolean;
  checkServerIdentity?: (host: string, cert: PeerCertificate) => Error | undefined;
  cert?: Buffer;
  key?: Buffer;
  pfx?: Buffer;
  passphrase?: string;
  ca?: Buffer | string;
}

/** An unset mode means `full`, Kibana's default. */
export function getSSLSettingsFromConfig(verificationMode?: VerificationMode): SSLSettings {
  return { verificationMode: verificationMode ?? 'full' };
}

/**
 * `none` accepts any certificate; `certificate` wants one signed by a trusted CA but for any host
 * name; `full` also checks the name (Node's default).
 */
export function getNodeSSLOptions(logger: Logger, verificationMode?: string, sslOverrides?: SSLSettings): NodeSSLOptions {
  const options: NodeSSLOptions = {};
  switch (verificationMode) {
    case undefined:
      break;
    case 'none':
      options.rejectUnauthorized = false;
      break;
    case 'certificate':
      options.rejectUnauthorized = true;
      options.checkServerIdentity = () => undefined;
      break;
    case 'full':
      options.rejectUnauthorized = true;
      break;
    default:
      logger.warn(`Unknown ssl verificationMode: ${verificationMode}`);
      options.rejectUnauthorized = true;
  }
  if (sslOverrides) {
    for (const key of ['cert', 'key', 'pfx', 'passphrase', 'ca'] as const) {
      if (sslOverrides[key] !== undefined) Object.assign(options, { [key]: sslOverrides[key] });
    }
  }
  return options;
}
