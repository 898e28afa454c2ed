import { readFileSync } from 'node:fs';
import { Client, type ClientOptions } from '@elastic/elasticsearch';
import type { ElasticsearchConfig } from './elasticsearch_config';

/** Sent on every request, as Kibana does, so Elasticsearch can tell Kibana's traffic apart. */
const PRODUCT_ORIGIN_HEADER = { 'x-elastic-product-origin': 'kibana' };

/** The official client for `elasticsearch.*`, or none when no hosts are configured. */
export function createElasticsearchClient(config: ElasticsearchConfig): Client | undefined {
  if (config.hosts === undefined) return undefined;
  return new Client(clientOptions(config));
}

export function clientOptions(config: ElasticsearchConfig): ClientOptions {
  const hosts = typeof config.hosts === 'string' ? [config.hosts] : [...(config.hosts ?? [])];
  const { ssl } = config;
  const caFiles = ssl.certificateAuthorities === undefined ? [] : typeof ssl.certificateAuthorities === 'string' ? [ssl.certificateAuthorities] : ssl.certificateAuthorities;
  return {
    nodes: hosts,
    auth: auth(config),
    requestTimeout: config.requestTimeout.asMilliseconds(),
    // Failed calls are not retried here: callers (the task manager for connectors) own retries.
    maxRetries: 0,
    headers: PRODUCT_ORIGIN_HEADER,
    tls: {
      ...(caFiles.length > 0 ? { ca: caFiles.map(readCertificateAuthority) } : {}),
      rejectUnauthorized: ssl.verificationMode !== 'none',
      // `certificate` checks the chain but not that the certificate names the host.
      ...(ssl.verificationMode === 'certificate' ? { checkServerIdentity: () => undefined } : {}),
    },
  };
}

function auth(config: ElasticsearchConfig): ClientOptions['auth'] {
  if (config.serviceAccountToken) return { bearer: config.serviceAccountToken };
  if (config.apiKey) return { apiKey: config.apiKey };
  if (config.username) return { username: config.username, password: config.password ?? '' };
  return undefined;
}

function readCertificateAuthority(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`[elasticsearch.ssl.certificateAuthorities]: cannot read [${file}]: ${(error as Error).message}`, { cause: error });
  }
}
