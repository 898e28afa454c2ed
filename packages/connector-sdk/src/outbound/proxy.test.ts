import { MemoryLogger } from '@kbn/core-server/mocks';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { request } from './request';
import {
  type RecordingProxy,
  sendJson,
  startHttpServer,
  startHttpsServer,
  startRecordingProxy,
  testCertificates,
  type TestServer,
} from './test_servers.mock';

describe('request through the configured proxy', () => {
  let proxy: RecordingProxy;
  let httpTarget: TestServer;
  let httpsTarget: TestServer;
  const logger = new MemoryLogger();

  function utilities(config: Record<string, unknown>) {
    return createConfigurationUtilities(
      outboundConfigSchema.validate({
        proxyUrl: proxy.url,
        // the https target is trusted through its CA, as a custom host
        customHostSettings: [{ url: httpsTarget.url, ssl: { certificateAuthoritiesData: testCertificates.ca } }],
        ...config,
      }),
      { logger }
    );
  }

  beforeAll(async () => {
    proxy = await startRecordingProxy();
    httpTarget = await startHttpServer((req, res) => sendJson(res, 200, { via: 'http', path: req.url }));
    httpsTarget = await startHttpsServer((req, res) => sendJson(res, 200, { via: 'https', path: req.url }));
  });
  afterAll(async () => {
    await Promise.all([proxy.close(), httpTarget.close(), httpsTarget.close()]);
  });
  beforeEach(() => {
    proxy.requests.length = 0;
    logger.records.length = 0;
  });

  it('proxies an http target with an absolute-form request, sending proxyHeaders', async () => {
    const response = await request({
      url: `${httpTarget.url}/a?b=1`,
      logger,
      configurationUtilities: utilities({ proxyHeaders: { 'x-proxy-token': 'secret' } }),
    });
    expect(response.data).toEqual({ via: 'http', path: '/a?b=1' });
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]).toMatchObject({ method: 'GET', target: `${httpTarget.url}/a?b=1` });
    expect(proxy.requests[0].headers['x-proxy-token']).toBe('secret');
  });

  it('tunnels an https target through CONNECT, sending proxyHeaders', async () => {
    const response = await request({
      url: `${httpsTarget.url}/secure`,
      logger,
      configurationUtilities: utilities({ proxyHeaders: { 'x-proxy-token': 'secret' } }),
    });
    expect(response.data).toEqual({ via: 'https', path: '/secure' });
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]).toMatchObject({ method: 'CONNECT', target: `127.0.0.1:${httpsTarget.port}` });
    expect(proxy.requests[0].headers['x-proxy-token']).toBe('secret');
  });

  it('still verifies the target certificate inside the tunnel', async () => {
    const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({ proxyUrl: proxy.url }), { logger });
    await expect(request({ url: `${httpsTarget.url}/secure`, logger, configurationUtilities })).rejects.toThrow(
      'unable to verify the first certificate'
    );
    expect(proxy.requests.map((r) => r.method)).toEqual(['CONNECT']);
  });

  it('goes direct for hosts in proxyBypassHosts', async () => {
    const response = await request({ url: `${httpTarget.url}/direct`, logger, configurationUtilities: utilities({ proxyBypassHosts: ['127.0.0.1'] }) });
    expect(response.data).toEqual({ via: 'http', path: '/direct' });
    expect(proxy.requests).toHaveLength(0);
  });

  it('proxies only the hosts in proxyOnlyHosts', async () => {
    await request({ url: `${httpTarget.url}/direct`, logger, configurationUtilities: utilities({ proxyOnlyHosts: ['example.com'] }) });
    expect(proxy.requests).toHaveLength(0);
    await request({ url: `${httpTarget.url}/proxied`, logger, configurationUtilities: utilities({ proxyOnlyHosts: ['127.0.0.1'] }) });
    expect(proxy.requests.map((r) => r.target)).toEqual([`${httpTarget.url}/proxied`]);
  });

  it('ignores proxyOnlyHosts, with a warning, when proxyBypassHosts is also set', async () => {
    const configurationUtilities = utilities({ proxyBypassHosts: ['example.com'], proxyOnlyHosts: ['example.org'] });
    expect(logger.messages('warn')).toEqual([
      'The configurations xpack.actions.proxyBypassHosts and xpack.actions.proxyOnlyHosts can not be used at the same time. The configuration xpack.actions.proxyOnlyHosts will be ignored.',
    ]);
    // 127.0.0.1 is not in the ignored "only" list, yet it is proxied: only the bypass list counts
    await request({ url: `${httpTarget.url}/proxied`, logger, configurationUtilities });
    expect(proxy.requests).toHaveLength(1);
  });

  it('warns about an invalid proxyUrl and goes direct', async () => {
    const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({ proxyUrl: 'not a url' }), { logger });
    expect(logger.messages('warn')).toContain('The configuration xpack.actions.proxyUrl: not a url is invalid.');
    const response = await request({ url: `${httpTarget.url}/direct`, logger, configurationUtilities });
    expect(response.status).toBe(200);
    expect(logger.messages('warn')).toContain('invalid proxy URL "not a url" ignored');
  });

  describe('over https to the proxy', () => {
    let tlsProxy: RecordingProxy;
    beforeAll(async () => {
      tlsProxy = await startRecordingProxy({ tls: true });
    });
    afterAll(() => tlsProxy.close());

    const viaTlsProxy = (ssl: Record<string, unknown>) =>
      createConfigurationUtilities(
        outboundConfigSchema.validate({
          proxyUrl: tlsProxy.url,
          ssl,
          customHostSettings: [{ url: httpsTarget.url, ssl: { certificateAuthoritiesData: testCertificates.ca } }],
        }),
        { logger }
      );

    it('verifies the proxy with proxyVerificationMode, apart from the target', async () => {
      // the proxy's CA is not trusted: full fails on the proxy connection
      await expect(request({ url: `${httpsTarget.url}/secure`, logger, configurationUtilities: viaTlsProxy({}) })).rejects.toThrow(
        'unable to verify the first certificate'
      );
      expect(tlsProxy.requests).toHaveLength(0);
      // none for the proxy only: the target is still verified, with its custom host CA
      const response = await request({
        url: `${httpsTarget.url}/secure`,
        logger,
        configurationUtilities: viaTlsProxy({ proxyVerificationMode: 'none' }),
      });
      expect(response.data).toEqual({ via: 'https', path: '/secure' });
      expect(tlsProxy.requests.map((r) => r.method)).toEqual(['CONNECT']);
    });

    it('does not let the proxy mode relax the target check', async () => {
      const configurationUtilities = createConfigurationUtilities(
        outboundConfigSchema.validate({ proxyUrl: tlsProxy.url, ssl: { proxyVerificationMode: 'none' } }),
        { logger }
      );
      await expect(request({ url: `${httpsTarget.url}/secure`, logger, configurationUtilities })).rejects.toThrow(
        'unable to verify the first certificate'
      );
    });
  });
});
