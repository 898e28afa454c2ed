import { MemoryLogger } from '@kbn/core-server/mocks';
import { createConfigurationUtilities } from './configuration_utilities';
import { outboundConfigSchema } from './outbound_config_schema';
import { request } from './request';
import { throwIfResponseIsNotValid } from './response_validation';
import { sendJson, startHttpServer, type TestServer } from './test_servers.mock';

describe('throwIfResponseIsNotValid', () => {
  const logger = new MemoryLogger();
  const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({}), { logger });
  let server: TestServer;
  const get = (path: string) => request({ url: `${server.url}${path}`, logger, configurationUtilities });

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      if (req.url === '/html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hi</p>');
      if (req.url === '/no-content') return res.writeHead(204, { 'content-type': 'text/html' }).end();
      if (req.url === '/array') return sendJson(res, 200, [{ id: 1 }]);
      if (req.url === '/text-json') return res.writeHead(200, { 'content-type': 'application/json' }).end('"just text"');
      sendJson(res, 200, { id: 1, key: null });
    });
  });
  afterAll(() => server.close());

  it('passes JSON objects with the required fields (null counts), and any 204', async () => {
    const object = await get('/object');
    const noContent = await get('/no-content');
    expect(() => throwIfResponseIsNotValid({ res: object, requiredAttributesToBeInTheResponse: ['id', 'key'] })).not.toThrow();
    expect(() => throwIfResponseIsNotValid({ res: noContent })).not.toThrow();
  });

  it("refuses other content types with Kibana's message", async () => {
    const html = await get('/html');
    expect(() => throwIfResponseIsNotValid({ res: html })).toThrow(
      `Unsupported content type: text/html in get ${server.url}/html. Supported content types: application/json`
    );
  });

  it('refuses a JSON body that is not an object', async () => {
    const text = await get('/text-json');
    expect(() => throwIfResponseIsNotValid({ res: text })).toThrow('Response is not a valid JSON');
  });

  it('refuses a body missing a required field, or an array', async () => {
    const [object, array] = await Promise.all([get('/object'), get('/array')]);
    const message = 'Response is missing at least one of the expected fields: id,other';
    expect(() => throwIfResponseIsNotValid({ res: object, requiredAttributesToBeInTheResponse: ['id', 'other'] })).toThrow(message);
    expect(() => throwIfResponseIsNotValid({ res: array, requiredAttributesToBeInTheResponse: ['id', 'other'] })).toThrow(message);
  });
});
