import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MemoryLogger } from '../logging/memory_logger';
import { elasticsearchConfigSchema } from './elasticsearch_config';
import { ElasticsearchService } from './elasticsearch_service';

// A test CA, a certificate for 127.0.0.1 and one for another host, both signed by it (100 years).
const fixtures = join(__dirname, 'test_fixtures');
const ca = join(fixtures, 'ca.crt');

async function startHttpsElasticsearch(certificate: 'localhost' | 'other_host'): Promise<{ server: Server; url: string }> {
  const server = createServer({ cert: readFileSync(join(fixtures, `${certificate}.crt`)), key: readFileSync(join(fixtures, `${certificate}.key`)) }, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' }).end(JSON.stringify({ version: { number: '9.4.0' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function info(url: string, ssl: Record<string, unknown>): Promise<string> {
  const service = new ElasticsearchService({ logger: new MemoryLogger(), config: elasticsearchConfigSchema.validate({ hosts: url, ssl }) });
  try {
    const response = await service.start().client!.asInternalUser.info();
    return response.version.number;
  } finally {
    await service.stop();
  }
}

describe('elasticsearch.ssl', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));
  const start = async (certificate: 'localhost' | 'other_host') => {
    const started = await startHttpsElasticsearch(certificate);
    servers.push(started.server);
    return started.url;
  };

  test('certificateAuthorities (a file or a list of files) makes the server’s certificate trusted', async () => {
    const url = await start('localhost');
    expect(await info(url, { certificateAuthorities: ca })).toBe('9.4.0');
    expect(await info(url, { certificateAuthorities: [ca] })).toBe('9.4.0');
  });

  test('full (the default) refuses an unknown authority', async () => {
    const url = await start('localhost');
    await expect(info(url, {})).rejects.toThrow(/self[- ]signed certificate|unable to (get|verify)/i);
  });

  test('certificate checks the chain but not the host name; full checks both; none checks nothing', async () => {
    const url = await start('other_host');
    await expect(info(url, { certificateAuthorities: ca })).rejects.toThrow(/Hostname\/IP does not match certificate's altnames/);
    expect(await info(url, { certificateAuthorities: ca, verificationMode: 'certificate' })).toBe('9.4.0');
    await expect(info(url, { verificationMode: 'certificate' })).rejects.toThrow(/self[- ]signed certificate|unable to (get|verify)/i);
    expect(await info(url, { verificationMode: 'none' })).toBe('9.4.0');
  });

  test('an unreadable authority file fails start, naming the setting and the file', () => {
    const service = new ElasticsearchService({ logger: new MemoryLogger(), config: elasticsearchConfigSchema.validate({ hosts: 'https://127.0.0.1:9200', ssl: { certificateAuthorities: '/nope/ca.crt' } }) });
    expect(() => service.start()).toThrow('[elasticsearch.ssl.certificateAuthorities]: cannot read [/nope/ca.crt]: ENOENT');
  });
});
