import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../logging/types';
import { createElasticsearchClient } from './elasticsearch_client';
import type { ElasticsearchConfig } from './elasticsearch_config';
import type { ElasticsearchServiceStart } from './types';

/** Owns the one Elasticsearch client of the process: made at start when hosts are set, closed at stop. */
export class ElasticsearchService {
  private client?: Client;

  constructor(private readonly deps: { logger: Logger; config: ElasticsearchConfig }) {}

  public start(): ElasticsearchServiceStart {
    this.client = createElasticsearchClient(this.deps.config);
    if (!this.client) {
      this.deps.logger.debug('No elasticsearch.hosts configured: running without Elasticsearch');
      return {};
    }
    return { client: { asInternalUser: this.client } };
  }

  public async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.close();
  }
}
