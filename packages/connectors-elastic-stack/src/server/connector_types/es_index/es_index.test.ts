import type { ActionsServerStart } from '@kbn/actions-server/server';
import { startFakeElasticsearch, type FakeElasticsearch } from '../../test_support/fake_elasticsearch.mock';
import { startElasticStackTestServer, type ElasticStackTestServer } from '../../test_support/elastic_stack_test_server.mock';
import { paramsSchema } from './schema';

describe('.index against Elasticsearch over HTTP', () => {
  let es: FakeElasticsearch;
  let server: ElasticStackTestServer;

  beforeAll(async () => {
    es = await startFakeElasticsearch();
    server = await startElasticStackTestServer({
      'elasticsearch.hosts': [es.url],
      'elasticsearch.username': 'kibana_system',
      'elasticsearch.password': 'changeme',
      'xpack.actions.preconfiguredAlertHistoryEsIndex': true,
    });
    await server.api('POST', '/api/actions/connector/events', { name: 'Events', connector_type_id: '.index', config: { index: 'events', refresh: true, executionTimeField: '@timestamp' } });
    await server.api('POST', '/api/actions/connector/plain', { name: 'Plain', connector_type_id: '.index', config: { index: 'plain' } });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await es?.close();
  });
  beforeEach(() => es.respondWith('created'));

  const execute = (id: string, params: Record<string, unknown>) => server.api('POST', `/api/actions/connector/${id}/_execute`, { params });

  test('config gets Kibana’s defaults', async () => {
    expect((await server.api('GET', '/api/actions/connector/plain')).body).toMatchObject({ config: { index: 'plain', refresh: false, executionTimeField: null } });
  });

  test('documents go in one bulk request: create operations, refresh honoured, the time field stamped', async () => {
    const { status, body } = await execute('events', { documents: [{ message: 'one' }, { message: 'two', count: 2 }] });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', connector_id: 'events', data: { errors: false, items: [{ create: { status: 201 } }, { create: { status: 201 } }] } });

    const request = es.requests.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/events/_bulk' });
    expect(request.query.get('refresh')).toBe('true');
    expect(request.headers).toMatchObject({
      authorization: `Basic ${Buffer.from('kibana_system:changeme').toString('base64')}`,
      'content-type': expect.stringMatching(/^application\/vnd\.elasticsearch\+x-ndjson; compatible-with=\d+$/),
      'x-elastic-product-origin': 'kibana',
    });
    const [createOne, first, createTwo, second] = request.lines as Array<Record<string, unknown>>;
    expect([createOne, createTwo]).toEqual([{ create: {} }, { create: {} }]);
    expect(first).toEqual({ message: 'one', '@timestamp': expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(second).toEqual({ message: 'two', count: 2, '@timestamp': first['@timestamp'] });
  });

  test('without refresh or a time field the documents go as they are', async () => {
    await execute('plain', { documents: [{ a: 1 }] });
    const request = es.requests.at(-1)!;
    expect(request.query.get('refresh')).toBe('false');
    expect(request.lines).toEqual([{ create: {} }, { a: 1 }]);
  });

  test('item errors: Kibana’s message, the reasons and their causes as the service message', async () => {
    es.respondWith('item-errors');
    expect((await execute('plain', { documents: [{ count: 'many' }, { count: 1 }] })).body).toEqual({
      status: 'error',
      connector_id: 'plain',
      message: 'error indexing documents',
      service_message: '[1:10] failed to parse field [count] of type [long] (For input string: "many")',
    });
  });

  test('a 429 for the whole request, or for every item, is retried; the service message is Elasticsearch’s', async () => {
    es.respondWith('throttled');
    expect((await execute('plain', { documents: [{ a: 1 }] })).body).toEqual({
      status: 'error',
      connector_id: 'plain',
      message: 'error indexing documents',
      service_message: expect.stringContaining('es_rejected_execution_exception'),
      retry: true,
    });
    es.respondWith('items-throttled');
    expect((await execute('plain', { documents: [{ a: 1 }, { b: 2 }] })).body).toEqual({
      status: 'error',
      connector_id: 'plain',
      message: 'error indexing documents',
      service_message: 'rejected execution of primary operation;rejected execution of primary operation',
      retry: true,
    });
  });

  test('a server that does not say it is Elasticsearch is refused by the client: an error result, not retried', async () => {
    es.respondWith('not-elasticsearch');
    expect((await execute('plain', { documents: [{ a: 1 }] })).body).toEqual({
      status: 'error',
      connector_id: 'plain',
      message: 'error indexing documents',
      service_message: expect.stringContaining('not Elasticsearch'),
    });
  });

  test('indexOverride: only alert history indices, with Kibana’s message (a nullable field reports both branches)', async () => {
    expect((await execute('plain', { documents: [{ a: 1 }], indexOverride: 'other' })).body).toMatchObject({
      status: 'error',
      message: [
        'error validating action params: [indexOverride]: types that failed validation:',
        '- [indexOverride.0]: index must start with "kibana-alert-history-"',
        '- [indexOverride.1]: expected value to equal [null]',
      ].join('\n'),
    });
    await execute('plain', { documents: [{ a: 1 }], indexOverride: 'kibana-alert-history-custom' });
    expect(es.requests.at(-1)!.path).toBe('/kibana-alert-history-custom/_bulk');
  });

  test('the preconfigured alert history connector is listed and writes to kibana-alert-history-default', async () => {
    const { body } = await server.api('GET', '/api/actions/connectors');
    expect(body).toContainEqual(
      expect.objectContaining({ id: 'preconfigured-alert-history-es-index', name: 'Alert history Elasticsearch index', connector_type_id: '.index', is_preconfigured: true })
    );
    expect((await execute('preconfigured-alert-history-es-index', { documents: [{ rule: { name: 'r' } }] })).body).toMatchObject({ status: 'ok' });
    expect(es.documents.get('kibana-alert-history-default')).toEqual([{ rule: { name: 'r' } }]);
  });

  describe('with a rule’s variables (the actions start contract)', () => {
    const actions = () => server.plugins.get('actions') as ActionsServerStart;
    const variables = {
      date: '2026-11-27T10:00:00.000Z',
      rule: { id: 'rule-1', name: 'CPU', type: '.index-threshold', spaceId: 'default' },
      alert: { id: 'host-a', actionGroup: 'threshold met', actionGroupName: 'Threshold met' },
      context: { message: 'CPU is 93%', value: 93 },
      params: { threshold: [90] },
      tags: ['infra'],
    };

    test('templates in the documents are rendered; an index override is dropped, as in Kibana', async () => {
      const result = await actions().execute({
        actionId: 'plain',
        params: { documents: [{ text: 'value {{context.value}}' }], indexOverride: 'kibana-alert-history-x' },
        variables,
        spaceId: 'default',
      });
      expect(result).toMatchObject({ status: 'ok' });
      expect(es.requests.at(-1)).toMatchObject({ path: '/plain/_bulk', lines: [{ create: {} }, { text: 'value 93' }] });
    });

    test('the alert history connector writes Kibana’s alert history document', async () => {
      const result = await actions().execute({ actionId: 'preconfigured-alert-history-es-index', params: { documents: [] }, variables, spaceId: 'default' });
      expect(result).toMatchObject({ status: 'ok' });
      expect(es.documents.get('kibana-alert-history-default')?.at(-1)).toEqual({
        '@timestamp': '2026-11-27T10:00:00.000Z',
        tags: ['infra'],
        message: 'CPU is 93%',
        rule: { id: 'rule-1', name: 'CPU', params: { '__index-threshold': { threshold: [90] } }, space: 'default', type: '.index-threshold' },
        kibana: { alert: { id: 'host-a', context: { '__index-threshold': { message: 'CPU is 93%', value: 93 } }, actionGroup: 'threshold met', actionGroupName: 'Threshold met' } },
        event: { kind: 'alert' },
      });
    });

    test('variables that are not a rule’s alert: an error result', async () => {
      expect(await actions().execute({ actionId: 'preconfigured-alert-history-es-index', params: { documents: [] }, variables: { context: {} }, spaceId: 'default' })).toMatchObject({
        status: 'error',
        message: 'error creating alert history document for preconfigured-alert-history-es-index connector',
      });
    });
  });
});

describe('.index params', () => {
  test('documents are records; indexOverride defaults to null', () => {
    expect(paramsSchema.validate({ documents: [] })).toEqual({ documents: [], indexOverride: null });
    expect(() => paramsSchema.validate({ documents: ['x'] })).toThrow('[documents.0]: expected value of type [object] but got [string]');
  });
});
