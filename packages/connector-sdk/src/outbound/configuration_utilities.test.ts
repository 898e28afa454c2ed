import { join } from 'node:path';
import { MemoryLogger } from '@kbn/core-server/mocks';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { testCertificates } from './test_servers.mock';

describe('outboundConfigSchema', () => {
  it("has Kibana's defaults", () => {
    const config = outboundConfigSchema.validate({});
    expect(config.allowedHosts).toEqual(['*']);
    expect(config.maxResponseContentLength.getValueInBytes()).toBe(1024 * 1024);
    expect(config.responseTimeout.asMilliseconds()).toBe(60000);
    expect(config.proxyUrl).toBeUndefined();
    expect(config.customHostSettings).toBeUndefined();
  });

  it('refuses hosts that are not host names', () => {
    expect(() => outboundConfigSchema.validate({ allowedHosts: ['http://example.com'] })).toThrow('[allowedHosts.0]');
    expect(() => outboundConfigSchema.validate({ proxyBypassHosts: ['not a host'] })).toThrow('[proxyBypassHosts.0]');
  });

  it('refuses an unknown verification mode', () => {
    expect(() => outboundConfigSchema.validate({ ssl: { verificationMode: 'sometimes' } })).toThrow('[ssl.verificationMode]');
  });
});

describe('createConfigurationUtilities', () => {
  const logger = new MemoryLogger();
  const create = (config: Record<string, unknown>) => createConfigurationUtilities(outboundConfigSchema.validate(config), { logger });
  beforeEach(() => (logger.records.length = 0));

  describe('allowed hosts', () => {
    it('allows every host with *, even then not a URL without a host', () => {
      const utilities = create({});
      expect(utilities.isUriAllowed('https://anything.test/x')).toBe(true);
      expect(utilities.isHostnameAllowed('anything.test')).toBe(true);
      expect(utilities.isUriAllowed('not a url')).toBe(false);
    });

    it('allows only the listed hosts; [] blocks everything', () => {
      const utilities = create({ allowedHosts: ['example.com', '::1'] });
      expect(utilities.isUriAllowed('https://example.com:8443/path')).toBe(true);
      expect(utilities.isUriAllowed('http://[::1]:9200/')).toBe(true);
      expect(utilities.isUriAllowed('https://sub.example.com/')).toBe(false);
      expect(create({ allowedHosts: [] }).isHostnameAllowed('example.com')).toBe(false);
    });

    it("throws Kibana's messages", () => {
      const utilities = create({ allowedHosts: ['example.com'] });
      expect(() => utilities.ensureUriAllowed('https://evil.test/a')).toThrow(
        'target url "https://evil.test/a" is not added to the Kibana config xpack.actions.allowedHosts'
      );
      expect(() => utilities.ensureHostnameAllowed('evil.test')).toThrow(
        'target hostname "evil.test" is not added to the Kibana config xpack.actions.allowedHosts'
      );
      expect(() => utilities.ensureUriAllowed('https://example.com/a')).not.toThrow();
    });
  });

  it('gives the SSL, proxy and response settings', () => {
    const utilities = create({
      proxyUrl: 'http://proxy.test:3128',
      proxyHeaders: { a: 'b' },
      proxyBypassHosts: ['x.test'],
      ssl: { verificationMode: 'certificate' },
      maxResponseContentLength: '2kb',
      responseTimeout: '5s',
    });
    expect(utilities.getSSLSettings()).toEqual({ verificationMode: 'certificate' });
    expect(utilities.getProxySettings()).toEqual({
      proxyUrl: 'http://proxy.test:3128',
      proxyHeaders: { a: 'b' },
      proxyBypassHosts: new Set(['x.test']),
      proxyOnlyHosts: undefined,
      proxySSLSettings: { verificationMode: 'full' },
    });
    expect(utilities.getResponseSettings()).toEqual({ maxContentLength: 2048, timeout: 5000 });
    expect(create({}).getProxySettings()).toBeUndefined();
    expect(create({}).getSSLSettings()).toEqual({ verificationMode: 'full' });
  });

  describe('custom host settings', () => {
    it('matches on canonical protocol, host and port, default ports written out', () => {
      const utilities = create({
        customHostSettings: [{ url: 'https://a.test', ssl: { verificationMode: 'none' } }, { url: 'smtp://mail.test', smtp: { requireTLS: true } }],
      });
      expect(utilities.getCustomHostSettings('https://a.test:443/some/path')).toEqual({ url: 'https://a.test:443', ssl: { verificationMode: 'none' } });
      expect(utilities.getCustomHostSettings('https://a.test:8443/')).toBeUndefined();
      expect(utilities.getCustomHostSettings('http://a.test/')).toBeUndefined();
      expect(utilities.getCustomHostSettings('smtp://mail.test:25')).toEqual({ url: 'smtp://mail.test:25', smtp: { requireTLS: true } });
      expect(utilities.getCustomHostSettings('not a url')).toBeUndefined();
    });

    it('reads CA files into certificateAuthoritiesData, after any data given', () => {
      const utilities = create({
        customHostSettings: [{ url: 'https://a.test', ssl: { certificateAuthoritiesData: 'DATA', certificateAuthoritiesFiles: [testCertificates.caPath] } }],
      });
      expect(utilities.getCustomHostSettings('https://a.test')?.ssl?.certificateAuthoritiesData).toBe(`DATA\n${testCertificates.ca}`);
    });

    it("drops or fixes bad entries with Kibana's warnings", () => {
      const missing = join(__dirname, 'no-such-ca.crt');
      const utilities = create({
        customHostSettings: [
          { url: 'not a url' },
          { url: 'ftp://files.test' },
          { url: 'https://user:pw@a.test/path#hash', smtp: { ignoreTLS: true } },
          { url: 'smtp://mail.test', smtp: { ignoreTLS: true, requireTLS: true } },
          { url: 'https://a.test:443' },
          { url: 'https://b.test', ssl: { certificateAuthoritiesFiles: missing } },
        ],
      });
      const prefix = 'In configuration xpack.actions.customHosts,';
      expect(logger.messages('warn')).toEqual([
        `${prefix} invalid URL "not a url", ignoring; error: Invalid URL`,
        `${prefix} unsupported protocol used in URL "ftp://files.test", ignoring`,
        `${prefix} URL "https://user:pw@a.test/path#hash" contains authentication information which will be ignored, but should be removed from the configuration`,
        `${prefix} URL "https://user:pw@a.test/path#hash" contains hash information which will be ignored`,
        `${prefix} URL "https://user:pw@a.test/path#hash" contains path information which will be ignored`,
        `${prefix} URL "https://user:pw@a.test/path#hash" contains smtp properties but does not use smtp; ignoring smtp properties`,
        `${prefix} URL "smtp://mail.test" cannot have both requireTLS and ignoreTLS set to true; using requireTLS: true and ignoreTLS: false`,
        `${prefix} multiple URLs match the canonical url "https://a.test:443"; only the first will be used`,
        expect.stringContaining(`error reading file "${missing}" specified in xpack.actions.customHosts, ignoring: ENOENT`),
      ]);
      expect(utilities.getCustomHostSettings('https://a.test')).toEqual({ url: 'https://a.test:443' });
      expect(utilities.getCustomHostSettings('smtp://mail.test')?.smtp).toEqual({ ignoreTLS: false, requireTLS: true });
    });
  });

  it('gives the User-Agent it was built with, plain axios by default', () => {
    expect(create({}).getUserAgent()).toMatch(/^axios\/\d+\.\d+\.\d+$/);
    expect(createConfigurationUtilities(outboundConfigSchema.validate({}), { logger, userAgent: 'ua/1' }).getUserAgent()).toBe('ua/1');
  });
});
