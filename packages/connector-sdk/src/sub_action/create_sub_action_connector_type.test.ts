import type { AxiosError } from 'axios';
import { schema, type TypeOf } from '@kbn/config-schema';
import type { SavedObjectsClientContract } from '@kbn/core-server';
import { MemoryLogger } from '@kbn/core-server/mocks';
import type { ConnectorTypeExecutorOptions } from '../connector_type/connector_type';
import { ConnectorUsageCollector } from '../connector_type/connector_usage_collector';
import { getErrorSource } from '../errors/error_source';
import { createConfigurationUtilities } from '../outbound/configuration_utilities';
import { outboundConfigSchema } from '../outbound/outbound_config_schema';
import { sendJson, startHttpServer, type TestServer } from '../outbound/test_servers.mock';
import { createSubActionConnectorType } from './create_sub_action_connector_type';
import { type ServiceParams, SubActionConnector } from './sub_action_connector';
import type { SubActionParams } from './sub_action_connector_type';
import { urlAllowListValidator } from './url_validators';

/* A tiny example connector: an "items" service with a few sub-actions. */

const ConfigSchema = schema.object({ url: schema.string() });
const SecretsSchema = schema.object({ token: schema.string() });
type Config = TypeOf<typeof ConfigSchema>;
type Secrets = TypeOf<typeof SecretsSchema>;

// unknown keys pass validation, and stay in the data (validation does not rewrite the response)
const ItemSchema = schema.object({ id: schema.string(), name: schema.string() }, { unknowns: 'allow' });

class ItemsConnector extends SubActionConnector<Config, Secrets> {
  constructor(params: ServiceParams<Config, Secrets>) {
    super(params);
    this.registerSubAction({ name: 'getItem', method: 'getItem', schema: schema.object({ id: schema.string() }) });
    this.registerSubAction({ name: 'createItem', method: 'createItem', schema: schema.object({ name: schema.string() }) });
    this.registerSubAction({ name: 'missing', method: 'noSuchMethod', schema: null });
    this.registerSubAction({ name: 'notAFunction', method: 'label', schema: null });
  }

  public readonly label = 'items';

  protected getResponseErrorMessage(error: AxiosError): string {
    const data = error.response?.data as { message?: string } | undefined;
    return data?.message ?? `Unknown error: ${error.message}`;
  }

  public async getItem({ id }: { id: string }, collector?: ConnectorUsageCollector) {
    const response = await this.request(
      { url: `${this.config.url}/items/${id}`, headers: { authorization: `Bearer ${this.secrets.token}` }, responseSchema: ItemSchema },
      collector
    );
    return response.data;
  }

  public async createItem({ name }: { name: string }, collector?: ConnectorUsageCollector) {
    const response = await this.request({ url: `${this.config.url}//items/`, method: 'post', data: { name }, responseSchema: ItemSchema }, collector);
    return response.data;
  }
}

const itemsConnectorType = createSubActionConnectorType<Config, Secrets>({
  id: '.items',
  name: 'Items',
  minimumLicenseRequired: 'gold',
  supportedFeatureIds: ['workflows'],
  schema: { config: ConfigSchema, secrets: SecretsSchema },
  validators: [{ type: 'config', validator: urlAllowListValidator<Config>('url') }],
  getService: (params) => new ItemsConnector(params),
});

describe('createSubActionConnectorType', () => {
  const logger = new MemoryLogger();
  let server: TestServer;
  let onSlow: (() => void) | undefined;
  const received: Array<{ method?: string; url?: string; headers: Record<string, unknown>; body: string }> = [];

  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ method: req.method, url: req.url, headers: req.headers, body });
        if (req.url === '/items/1') return sendJson(res, 200, { id: '1', name: 'first', extra: true });
        if (req.url === '/items/bad') return sendJson(res, 200, { id: 'bad' });
        if (req.url === '/items/busy') return sendJson(res, 429, { message: 'slow down' });
        if (req.url === '/items/slow') return onSlow?.(); // never answers
        if (req.url === '/items' && req.method === 'POST') return sendJson(res, 201, { id: '2', ...JSON.parse(body) });
        sendJson(res, 404, { message: 'no such item' });
      });
    });
  });
  afterAll(() => server.close());
  beforeEach(() => (received.length = 0));

  function run(params: SubActionParams, config: Record<string, unknown> = {}, collector?: ConnectorUsageCollector, signal?: AbortSignal) {
    const options: ConnectorTypeExecutorOptions<Config, Secrets, SubActionParams> = {
      actionId: 'my-items',
      config: { url: server.url },
      secrets: { token: 'tok' },
      params,
      services: { savedObjectsClient: {} as SavedObjectsClientContract },
      logger,
      configurationUtilities: createConfigurationUtilities(outboundConfigSchema.validate(config), { logger }),
      connectorUsageCollector: collector,
      signal,
    };
    return itemsConnectorType.executor(options);
  }

  it('is a plain connector type whose params are { subAction, subActionParams }', () => {
    expect(itemsConnectorType).toMatchObject({ id: '.items', name: 'Items', minimumLicenseRequired: 'gold', supportedFeatureIds: ['workflows'] });
    const paramsSchema = itemsConnectorType.validate.params.schema;
    expect(paramsSchema.validate({ subAction: 'getItem', subActionParams: { id: '1', anything: 1 } })).toEqual({
      subAction: 'getItem',
      subActionParams: { id: '1', anything: 1 },
    });
    expect(() => paramsSchema.validate({ subActionParams: {} })).toThrow('[subAction]: expected value of type [string] but got [undefined]');
  });

  it('runs the sub-action method against the service and answers its data', async () => {
    const collector = new ConnectorUsageCollector({ logger, connectorId: 'my-items' });
    expect(await run({ subAction: 'getItem', subActionParams: { id: '1' } })).toEqual({
      status: 'ok',
      actionId: 'my-items',
      data: { id: '1', name: 'first', extra: true },
    });
    expect(received[0].headers).toMatchObject({ authorization: 'Bearer tok', 'content-type': 'application/json' });
    expect(await run({ subAction: 'createItem', subActionParams: { name: 'second' } }, {}, collector)).toMatchObject({ data: { id: '2', name: 'second' } });
    // doubled and trailing slashes are normalised
    expect(received[1]).toMatchObject({ method: 'POST', url: '/items', body: '{"name":"second"}' });
    expect(collector.getRequestBodyByte()).toBe(Buffer.byteLength('{"name":"second"}'));
  });

  it("answers Kibana's message for an unknown sub-action", async () => {
    await expect(run({ subAction: 'nope', subActionParams: {} })).rejects.toThrow(
      'Sub action "nope" is not registered. Connector id: my-items. Connector name: Items. Connector type: .items'
    );
  });

  it('refuses a registered method that does not exist or is not a function', async () => {
    await expect(run({ subAction: 'missing' })).rejects.toThrow(
      'Method "noSuchMethod" does not exists in service. Sub action: "missing". Connector id: my-items. Connector name: Items. Connector type: .items'
    );
    await expect(run({ subAction: 'notAFunction' })).rejects.toThrow(
      'Method "label" must be a function. Connector id: my-items. Connector name: Items. Connector type: .items'
    );
  });

  it("answers Kibana's message for invalid sub-action params, as the user's error", async () => {
    const error = await run({ subAction: 'getItem', subActionParams: { id: 5 } }).catch((e: Error) => e);
    expect((error as Error).message).toBe('Request validation failed (Error: [id]: expected value of type [string] but got [number])');
    expect(getErrorSource(error)).toBe('user');
    expect(received).toHaveLength(0);
  });

  it('fails when the response does not match the response schema', async () => {
    await expect(run({ subAction: 'getItem', subActionParams: { id: 'bad' } })).rejects.toThrow(
      'Response validation failed (Error: [name]: expected value of type [string] but got [undefined])'
    );
  });

  it('reports the status and the service message of a failed call; a 429 is the user\'s', async () => {
    await expect(run({ subAction: 'getItem', subActionParams: { id: 'x' } })).rejects.toThrow('Status code: 404. Message: no such item');
    const throttled = await run({ subAction: 'getItem', subActionParams: { id: 'busy' } }).catch((e: Error) => e);
    expect((throttled as Error).message).toBe('Status code: 429. Message: slow down');
    expect(getErrorSource(throttled)).toBe('user');
  });

  it('refuses a host that is not allowed, before calling it', async () => {
    await expect(run({ subAction: 'getItem', subActionParams: { id: '1' } }, { allowedHosts: ['example.com'] })).rejects.toThrow(
      `error configuring connector action: target url "${server.url}/items/1" is not added to the Kibana config xpack.actions.allowedHosts`
    );
    expect(received).toHaveLength(0);
  });

  it("cancels the service's call when the execution's signal aborts", async () => {
    const controller = new AbortController();
    onSlow = () => controller.abort();
    await expect(run({ subAction: 'getItem', subActionParams: { id: 'slow' } }, {}, undefined, controller.signal)).rejects.toThrow(
      'Status code: undefined. Message: Unknown error: canceled'
    );
    onSlow = undefined;
  });

  it('runs the custom config validators', () => {
    const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({ allowedHosts: ['example.com'] }), { logger });
    const { customValidator } = itemsConnectorType.validate.config;
    expect(() => customValidator?.({ url: 'https://example.com/api' }, { configurationUtilities })).not.toThrow();
    expect(() => customValidator?.({ url: 'https://evil.test/api' }, { configurationUtilities })).toThrow(
      'error validating url: target url "https://evil.test/api" is not added to the Kibana config xpack.actions.allowedHosts'
    );
  });
});
