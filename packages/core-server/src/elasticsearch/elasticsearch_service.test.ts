import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryLogger } from '../logging/memory_logger';
import { elasticsearchConfigSchema } from './elasticsearch_config';
import { ElasticsearchService } from './elasticsearch_service';

const validate = (value: unknown) => elasticsearchConfigSchema.validate(value, {}, 'config validation of [elasticsearch]');

describe('elasticsearch config', () => {
  test('hosts are optional; Kibana’s defaults for the rest', () => {
    const config = validate({});
    expect(config.hosts).toBeUndefined();
    expect(config.requestTimeout.asMilliseconds()).toBe(30_000);
    expect(config.ssl).toEqual({ verificationMode: 'full' });
  });

  test('hosts is one URL or a list of http(s) URLs', () => {
    expect(validate({ hosts: 'http://localhost:9200' }).hosts).toBe('http://localhost:9200');
    expect(validate({ hosts: ['https://a:9200', 'https://b:9200'] }).hosts).toEqual(['https://a:9200', 'https://b:9200']);
    expect(() => validate({ hosts: 'ftp://x' })).toThrow('[config validation of [elasticsearch].hosts]: types that failed validation:');
  });

  test('Kibana’s refusals: the elastic superuser, a token with a username', () => {
    expect(() => validate({ username: 'elastic' })).toThrow('value of "elastic" is forbidden');
    expect(() => validate({ username: 'kibana_system', serviceAccountToken: 't' })).toThrow('[serviceAccountToken] cannot be used when [username] is also set.');
  });
});

describe('ElasticsearchService', () => {
  let es: Server;
  let url: string;
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    es = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' }).end(JSON.stringify({ version: { number: '9.4.0' } }));
    });
    await new Promise<void>((resolve) => es.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(es.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => es.close(resolve)));

  test('no hosts, no client', async () => {
    const service = new ElasticsearchService({ logger: new MemoryLogger(), config: validate({}) });
    expect(service.start()).toEqual({});
    await service.stop();
  });

  test.each([
    [{ username: 'kibana_system', password: 'pw' }, `Basic ${Buffer.from('kibana_system:pw').toString('base64')}`],
    [{ serviceAccountToken: 'tok' }, 'Bearer tok'],
    [{ apiKey: 'a2V5' }, 'ApiKey a2V5'],
  ])('calls the hosts with the configured credentials (%j)', async (credentials, authorization) => {
    const service = new ElasticsearchService({ logger: new MemoryLogger(), config: validate({ hosts: [url], ...credentials }) });
    const { client } = service.start();
    await client!.asInternalUser.info();
    expect(seen.at(-1)).toMatchObject({ authorization, 'x-elastic-product-origin': 'kibana' });
    await service.stop();
  });
});
