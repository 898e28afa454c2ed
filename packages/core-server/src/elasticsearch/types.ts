import type { Client } from '@elastic/elasticsearch';

/**
 * The official client's API, as Kibana hands it to plugins: no `close` (core owns the connection)
 * and none of the connection internals.
 */
export type ElasticsearchClient = Omit<Client, 'connectionPool' | 'serializer' | 'extend' | 'close' | 'diagnostic'>;

/** The cluster client: Kibana's `IClusterClient`, without per-request scoping (no security plugin here). */
export interface ClusterClient {
  /** Calls as Kibana's own user: the credentials of `elasticsearch.*` in kibana.yml. */
  asInternalUser: ElasticsearchClient;
}

export interface ElasticsearchServiceStart {
  /** Absent when `elasticsearch.hosts` is not set: the platform then runs without Elasticsearch. */
  client?: ClusterClient;
}
