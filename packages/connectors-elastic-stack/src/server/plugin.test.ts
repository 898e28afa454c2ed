import { join } from 'node:path';
import type { ActionsServerStart } from '@kbn/actions-server/server';
import { NO_ELASTICSEARCH_MESSAGE } from './connector_types/es_index/es_index';
import { startElasticStackTestServer, type ElasticStackTestServer } from './test_support/elastic_stack_test_server.mock';

const handlersFixture = join(__dirname, '..', '..', 'test_fixtures', 'plugins', 'system_action_handlers');

const casesParams = (owner: string) => ({
  subAction: 'run',
  subActionParams: { alerts: [{ _id: 'a1', _index: '.alerts-x' }], groupingBy: [], owner, rule: { id: 'r1', name: 'Rule', ruleUrl: null }, templateId: null },
});
const aiParams = { connector: 'my-ai', prompts: [{ statuses: ['active'], message: 'Look at this' }], rule: { id: 'r1', name: 'Rule', ruleUrl: null }, alerts: { new: [{ a: 1 }], recovered: [] } };

interface TypeBody {
  id: string;
  is_system_action_type: boolean;
}

describe('connectorsElasticStack without Elasticsearch and without system action handlers', () => {
  let server: ElasticStackTestServer;
  const actions = () => server.plugins.get('actions') as ActionsServerStart;

  beforeAll(async () => {
    server = await startElasticStackTestServer();
  }, 60_000);
  afterAll(() => server?.stop());

  test('the internal route lists the four types, in the order they are registered', async () => {
    const { body } = await server.api('GET', '/internal/actions/connector_types');
    const ours = (body as TypeBody[]).filter((type) => ['.server-log', '.index', '.cases', '.observability-ai-assistant'].includes(type.id));
    expect(ours).toEqual([
      expect.objectContaining({ id: '.server-log', name: 'Server log', minimum_license_required: 'basic', supported_feature_ids: ['alerting', 'uptime', 'siem'], is_system_action_type: false }),
      expect.objectContaining({ id: '.index', name: 'Index', minimum_license_required: 'basic', supported_feature_ids: ['alerting', 'uptime', 'siem'], is_system_action_type: false, enabled: true }),
      expect.objectContaining({ id: '.cases', name: 'Cases', minimum_license_required: 'platinum', supported_feature_ids: ['uptime', 'alerting', 'siem'], is_system_action_type: true }),
      expect.objectContaining({ id: '.observability-ai-assistant', name: 'Observability AI Assistant', minimum_license_required: 'enterprise', supported_feature_ids: ['alerting'], is_system_action_type: true }),
    ]);
  });

  test('the public route hides the system action types; the internal connectors route shows their connectors', async () => {
    const types = (await server.api('GET', '/api/actions/connector_types')).body as TypeBody[];
    expect(types.map((type) => type.id)).toEqual(expect.arrayContaining(['.index', '.server-log']));
    expect(types.some((type) => type.is_system_action_type)).toBe(false);
    expect((await server.api('GET', '/api/actions/connectors')).body).toEqual([]);
    expect((await server.api('GET', '/internal/actions/connectors')).body).toEqual([
      expect.objectContaining({ id: 'system-connector-.cases', name: 'Cases', connector_type_id: '.cases', is_system_action: true }),
      expect.objectContaining({ id: 'system-connector-.observability-ai-assistant', name: 'Observability AI Assistant', is_system_action: true }),
    ]);
  });

  test.each([
    ['POST', '/api/actions/connector', { name: 'x', connector_type_id: '.cases' }, 'System action creation is forbidden. Action type: .cases.'],
    ['POST', '/api/actions/connector/my-ai', { name: 'x', connector_type_id: '.observability-ai-assistant' }, 'System action creation is forbidden. Action type: .observability-ai-assistant.'],
    ['PUT', '/api/actions/connector/system-connector-.cases', { name: 'x' }, 'System action system-connector-.cases can not be updated.'],
    ['DELETE', '/api/actions/connector/system-connector-.observability-ai-assistant', undefined, 'System action system-connector-.observability-ai-assistant is not allowed to delete.'],
    ['POST', '/api/actions/connector/system-connector-.cases/_execute', { params: casesParams('cases') }, 'Execution of system action is not allowed'],
  ])('%s %s is refused with 400', async (method, path, body, message) => {
    const response = await server.api(method, path, body);
    expect(response).toEqual({ status: 400, body: expect.objectContaining({ statusCode: 400, message }) });
  });

  test('.index without Elasticsearch: created as in Kibana, but a run says what to configure', async () => {
    expect((await server.api('POST', '/api/actions/connector/idx', { name: 'Idx', connector_type_id: '.index', config: { index: 'x' } })).status).toBe(200);
    expect((await server.api('POST', '/api/actions/connector/idx/_execute', { params: { documents: [{ a: 1 }] } })).body).toEqual({
      status: 'error',
      connector_id: 'idx',
      message: NO_ELASTICSEARCH_MESSAGE,
      errorSource: 'user',
    });
    expect(NO_ELASTICSEARCH_MESSAGE).toContain('elasticsearch.hosts');
  });

  test('a system action run without a registered handler is an error result naming the extension point', async () => {
    expect(await actions().execute({ actionId: 'system-connector-.cases', params: casesParams('cases'), spaceId: 'default' })).toMatchObject({
      status: 'error',
      message: 'No handler is registered for the Cases system action: the plugin that provides it must call registerCasesHandler in its setup.',
    });
    expect(await actions().execute({ actionId: 'system-connector-.observability-ai-assistant', params: aiParams, spaceId: 'default' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('must call registerObservabilityAiAssistantHandler in its setup'),
    });
  });
});

describe('connectorsElasticStack with system action handlers registered', () => {
  let server: ElasticStackTestServer;
  const actions = () => server.plugins.get('actions') as ActionsServerStart;
  const runs = () => (server.plugins.get('systemActionHandlersFixture') as { runs: Array<{ type: string; actionId: string; params: unknown }> }).runs;

  beforeAll(async () => {
    server = await startElasticStackTestServer({}, { ids: ['systemActionHandlersFixture'], paths: [handlersFixture] });
  }, 60_000);
  afterAll(() => server?.stop());

  test('.cases runs reach the handler with validated params (Kibana’s defaults filled in)', async () => {
    expect(await actions().execute({ actionId: 'system-connector-.cases', params: casesParams('securitySolution'), spaceId: 'default' })).toEqual({
      actionId: 'system-connector-.cases',
      status: 'ok',
      data: { casesOpened: 1 },
    });
    expect(runs().at(-1)).toEqual({
      type: '.cases',
      actionId: 'system-connector-.cases',
      params: {
        subAction: 'run',
        subActionParams: expect.objectContaining({ owner: 'securitySolution', timeWindow: '7d', reopenClosedCases: false, maximumCasesToOpen: 5, groupedAlerts: null, rule: expect.objectContaining({ tags: [] }) }),
      },
    });
  });

  test('a handler that throws is an error result with its message', async () => {
    expect(await actions().execute({ actionId: 'system-connector-.cases', params: casesParams('fail'), spaceId: 'default' })).toMatchObject({
      status: 'error',
      message: 'error running the Cases system action',
      serviceMessage: 'the cases service is down',
    });
  });

  test('.observability-ai-assistant runs reach its handler; a run with no new or recovered alerts does nothing', async () => {
    expect(await actions().execute({ actionId: 'system-connector-.observability-ai-assistant', params: aiParams, spaceId: 'default' })).toMatchObject({ status: 'ok', data: { conversations: 1 } });
    const before = runs().length;
    expect(
      await actions().execute({ actionId: 'system-connector-.observability-ai-assistant', params: { ...aiParams, alerts: { new: [], recovered: [] } }, spaceId: 'default' })
    ).toEqual({ actionId: 'system-connector-.observability-ai-assistant', status: 'ok' });
    expect(runs()).toHaveLength(before);
  });
});
