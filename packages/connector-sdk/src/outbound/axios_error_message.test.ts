import { MemoryLogger } from '@kbn/core-server/mocks';
import { describeAxiosError, getErrorMessage, getServiceMessage } from './axios_error_message';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { request } from './request';
import { sendJson, startHttpServer } from './test_servers.mock';

describe('error messages', () => {
  const logger = new MemoryLogger();
  const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({}), { logger });

  it("prefixes connector errors as Kibana's connectors do", () => {
    expect(getErrorMessage('Jira', 'Unable to create issue')).toBe('[Action][Jira]: Unable to create issue');
  });

  it("finds the service's message in the usual error bodies", () => {
    expect(getServiceMessage({ message: 'm' })).toBe('m');
    expect(getServiceMessage({ error: { message: 'nested' } })).toBe('nested');
    expect(getServiceMessage({ error: 'invalid_grant', error_description: 'expired' })).toBe('expired');
    expect(getServiceMessage({ errors: [{ code: 1 }] })).toBe('[{"code":1}]');
    expect(getServiceMessage('plain text')).toBe('plain text');
    expect(getServiceMessage({})).toBeUndefined();
  });

  it('describes a failed response by status and message, and a network failure by its code', async () => {
    const server = await startHttpServer((_req, res) => sendJson(res, 404, { error: { message: 'issue not found' } }));
    const failed = await request({ url: `${server.url}/x`, logger, configurationUtilities }).catch((e: unknown) => e);
    expect(describeAxiosError(failed)).toBe('Status code: 404. Message: issue not found');
    await server.close();
    // a port nothing listens on any more, and no pooled connection to it
    const closed = await startHttpServer(() => undefined);
    await closed.close();
    const refused = await request({ url: `${closed.url}/x`, logger, configurationUtilities }).catch((e: unknown) => e);
    expect(describeAxiosError(refused)).toMatch(/^\[ECONNREFUSED\] /);
    expect(describeAxiosError(new Error('plain'))).toBe('plain');
  });
});
