import { MemoryLogger } from '@kbn/core-server/mocks';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { request } from './request';
import { sendJson, startHttpsServer, testCertificates, type TestServer } from './test_servers.mock';

describe('request to https targets', () => {
  const logger = new MemoryLogger();
  // serves a certificate for 127.0.0.1 and localhost
  let server: TestServer;
  // serves a certificate signed by the same CA, but for other-host.invalid
  let otherHost: TestServer;

  const call = (target: TestServer, config: Record<string, unknown>) =>
    request({
      url: `${target.url}/tls`,
      logger,
      configurationUtilities: createConfigurationUtilities(outboundConfigSchema.validate(config), { logger }),
    });

  beforeAll(async () => {
    server = await startHttpsServer((_req, res) => sendJson(res, 200, { ok: true }));
    otherHost = await startHttpsServer((_req, res) => sendJson(res, 200, { ok: true }), testCertificates.otherHost);
  });
  afterAll(async () => {
    await Promise.all([server.close(), otherHost.close()]);
  });

  it('fails in full mode (the default) when the CA is not trusted', async () => {
    await expect(call(server, {})).rejects.toThrow('unable to verify the first certificate');
  });

  it('trusts the CA given as data in customHostSettings for that host and port', async () => {
    const response = await call(server, {
      customHostSettings: [{ url: server.url, ssl: { certificateAuthoritiesData: testCertificates.ca } }],
    });
    expect(response.data).toEqual({ ok: true });
  });

  it('trusts the CA read from a file in customHostSettings', async () => {
    const response = await call(server, {
      customHostSettings: [{ url: `${server.url}/`, ssl: { certificateAuthoritiesFiles: testCertificates.caPath } }],
    });
    expect(response.data).toEqual({ ok: true });
  });

  it('matches customHostSettings on the exact port only', async () => {
    const otherPort = server.port === 65535 ? 65534 : server.port + 1;
    await expect(
      call(server, { customHostSettings: [{ url: `https://127.0.0.1:${otherPort}`, ssl: { certificateAuthoritiesData: testCertificates.ca } }] })
    ).rejects.toThrow('unable to verify the first certificate');
  });

  it('checks the host name in full mode', async () => {
    await expect(
      call(otherHost, { customHostSettings: [{ url: otherHost.url, ssl: { certificateAuthoritiesData: testCertificates.ca } }] })
    ).rejects.toThrow("Hostname/IP does not match certificate's altnames");
  });

  it('skips the host name check in certificate mode, but still wants a trusted CA', async () => {
    const response = await call(otherHost, {
      customHostSettings: [{ url: otherHost.url, ssl: { verificationMode: 'certificate', certificateAuthoritiesData: testCertificates.ca } }],
    });
    expect(response.data).toEqual({ ok: true });
    await expect(call(otherHost, { ssl: { verificationMode: 'certificate' } })).rejects.toThrow('unable to verify the first certificate');
  });

  it("uses a connector's own CA given as sslOverrides", async () => {
    const response = await request({
      url: `${server.url}/tls`,
      logger,
      configurationUtilities: createConfigurationUtilities(outboundConfigSchema.validate({}), { logger }),
      sslOverrides: { ca: Buffer.from(testCertificates.ca) },
    });
    expect(response.data).toEqual({ ok: true });
  });

  it('applies full to a custom host whose ssl section names no mode, whatever the general mode', async () => {
    await expect(
      call(otherHost, { ssl: { verificationMode: 'none' }, customHostSettings: [{ url: otherHost.url, ssl: { certificateAuthoritiesData: testCertificates.ca } }] })
    ).rejects.toThrow("Hostname/IP does not match certificate's altnames");
  });

  it('skips every check in none mode, globally or for one host', async () => {
    expect((await call(otherHost, { ssl: { verificationMode: 'none' } })).data).toEqual({ ok: true });
    expect((await call(otherHost, { customHostSettings: [{ url: otherHost.url, ssl: { verificationMode: 'none' } }] })).data).toEqual({ ok: true });
  });
});
