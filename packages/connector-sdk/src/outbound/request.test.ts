import axios, { type AxiosError } from 'axios';
import { MemoryLogger } from '@kbn/core-server/mocks';
import { ConnectorUsageCollector } from '../connector_type/connector_usage_collector';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { request } from './request';
import { sendJson, startHttpServer, type TestServer } from './test_servers.mock';
import { buildUserAgent } from './user_agent';

const logger = new MemoryLogger();

function utilities(config: Record<string, unknown> = {}, userAgent?: string) {
  return createConfigurationUtilities(outboundConfigSchema.validate(config), { logger, userAgent });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail');
}

describe('request', () => {
  let server: TestServer;
  const seen: Array<{ url?: string; headers: Record<string, unknown>; body: string }> = [];
  let onHang: (() => void) | undefined;

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push({ url: req.url, headers: req.headers, body });
        if (req.url === '/redirect-local') {
          res.writeHead(302, { location: `http://localhost:${server.port}/ok` }).end();
        } else if (req.url === '/redirect-same') {
          res.writeHead(302, { location: '/ok' }).end();
        } else if (req.url === '/big') {
          res.end('x'.repeat(2048));
        } else if (req.url === '/hang') {
          onHang?.(); // never answers
        } else {
          sendJson(res, 200, { ok: true, path: req.url });
        }
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => (seen.length = 0));

  it('calls the service and returns the response', async () => {
    const response = await request({ url: `${server.url}/ok`, logger, configurationUtilities: utilities() });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ ok: true, path: '/ok' });
  });

  it('sends plain axios/<version> as User-Agent by default', async () => {
    await request({ url: `${server.url}/ok`, logger, configurationUtilities: utilities() });
    expect(seen[0].headers['user-agent']).toBe(`axios/${axios.VERSION}`);
  });

  it('sends the deployment id, or the project id when both are known', async () => {
    await request({ url: `${server.url}/ok`, logger, configurationUtilities: utilities({}, buildUserAgent({ deploymentId: 'dep1' })) });
    await request({
      url: `${server.url}/ok`,
      logger,
      configurationUtilities: utilities({}, buildUserAgent({ deploymentId: 'dep1', projectId: 'proj1' })),
    });
    expect(seen.map((s) => s.headers['user-agent'])).toEqual([
      `axios/${axios.VERSION} elastic (deployment:dep1)`,
      `axios/${axios.VERSION} elastic (project:proj1)`,
    ]);
  });

  it('refuses a URL whose host is not in allowedHosts, before any connection', async () => {
    const error = await failure(
      request({ url: `${server.url}/ok`, logger, configurationUtilities: utilities({ allowedHosts: ['example.com'] }) })
    );
    expect(error.message).toBe(`target url "${server.url}/ok" is not added to the Kibana config xpack.actions.allowedHosts`);
    expect(seen).toHaveLength(0);
  });

  it('follows a redirect to an allowed host', async () => {
    const response = await request({
      url: `${server.url}/redirect-same`,
      logger,
      configurationUtilities: utilities({ allowedHosts: ['127.0.0.1'] }),
    });
    expect(response.data).toEqual({ ok: true, path: '/ok' });
  });

  it('refuses a redirect from an allowed host to a refused one', async () => {
    const error = await failure(
      request({ url: `${server.url}/redirect-local`, logger, configurationUtilities: utilities({ allowedHosts: ['127.0.0.1'] }) })
    );
    // follow-redirects prefixes the refusal, as it does in Kibana
    expect(error.message).toBe('Redirected request failed: target hostname "localhost" is not added to the Kibana config xpack.actions.allowedHosts');
    expect(seen.map((s) => s.url)).toEqual(['/redirect-local']);
  });

  it('fails when the response is larger than maxResponseContentLength', async () => {
    const error = await failure(
      request({ url: `${server.url}/big`, logger, configurationUtilities: utilities({ maxResponseContentLength: '1kb' }) })
    );
    expect(error.message).toBe('maxContentLength size of 1024 exceeded');
  });

  it('times out after the longer of responseTimeout and the request timeout', async () => {
    const error = await failure(
      request({ url: `${server.url}/hang`, timeout: 10, logger, configurationUtilities: utilities({ responseTimeout: '300ms' }) })
    );
    expect((error as AxiosError).code).toBe('ECONNABORTED');
    expect(error.message).toBe('timeout of 300ms exceeded');
  });

  it('cancels the upstream call when the signal aborts', async () => {
    const controller = new AbortController();
    onHang = () => controller.abort();
    const error = await failure(
      request({ url: `${server.url}/hang`, signal: controller.signal, logger, configurationUtilities: utilities() })
    );
    onHang = undefined;
    expect((error as AxiosError).code).toBe('ERR_CANCELED');
  });

  it('counts request body bytes, for successes and failures', async () => {
    const collector = new ConnectorUsageCollector({ logger, connectorId: 'c1' });
    await request({ url: `${server.url}/ok`, method: 'post', data: { text: 'héllo' }, logger, configurationUtilities: utilities(), connectorUsageCollector: collector });
    expect(seen[0].body).toBe('{"text":"héllo"}');
    expect(collector.getRequestBodyByte()).toBe(Buffer.byteLength('{"text":"héllo"}'));
    await failure(
      request({ url: `${server.url}/big`, method: 'post', data: 'abc', logger, configurationUtilities: utilities({ maxResponseContentLength: '1kb' }), connectorUsageCollector: collector })
    );
    expect(collector.getRequestBodyByte()).toBe(Buffer.byteLength('{"text":"héllo"}') + 3);
  });

  it('sends basic auth as a header, which a given Authorization header overrides', async () => {
    const auth = { username: 'elastic', password: 'changeme' };
    await request({ url: `${server.url}/ok`, auth, logger, configurationUtilities: utilities() });
    await request({ url: `${server.url}/ok`, auth, headers: { Authorization: 'Bearer t' }, logger, configurationUtilities: utilities() });
    expect(seen.map((s) => s.headers.authorization)).toEqual([`Basic ${Buffer.from('elastic:changeme').toString('base64')}`, 'Bearer t']);
  });

  it('refuses an axios instance with a baseURL', async () => {
    const error = await failure(
      request({ axios: axios.create({ baseURL: server.url }), url: '/ok', logger, configurationUtilities: utilities() })
    );
    expect(error.message).toBe('Do not use "baseURL" in the creation of your axios instance because you will mostly break proxy');
  });
});
