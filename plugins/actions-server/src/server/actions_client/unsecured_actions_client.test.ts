import { describeEachStore } from '@kbn/test';
import type { ActionsServerStart } from '../types';
import { startActionsTestServer, type ActionsTestServer } from '../test_support/actions_test_server.mock';

describeEachStore('the unsecured actions client', (getStore) => {
  let server: ActionsTestServer;
  let actions: ActionsServerStart;

  beforeAll(async () => {
    server = await startActionsTestServer(getStore(), { 'xpack.actions.preconfigured': { 'notify-log': { name: 'Notify', actionTypeId: '.test-log' } } });
    actions = server.plugins.get('actions') as ActionsServerStart;
    await server.api('POST', '/api/spaces/space', { id: 'ops', name: 'Ops' });
    await server.api('POST', '/s/ops/api/actions/connector/ops-log', { name: 'Ops log', connector_type_id: '.test-log' });
  }, 60_000);
  afterAll(() => server?.stop());

  test('lists a space’s connectors without a request, never their secrets', async () => {
    const connectors = await actions.getUnsecuredActionsClient().getAll('ops');
    expect(connectors.map((connector) => connector.id)).toEqual(['notify-log', 'ops-log']);
    for (const connector of connectors) expect(connector).not.toHaveProperty('secrets');
    expect(await actions.getUnsecuredActionsClient().getAll('default')).toEqual([expect.objectContaining({ id: 'notify-log', isPreconfigured: true })]);
  });

  test('runs a connector for an allow-listed feature, and refuses any other', async () => {
    const client = actions.getUnsecuredActionsClient();
    expect(await client.execute({ requesterId: 'notifications', id: 'ops-log', params: { message: 'system notice' }, spaceId: 'ops', relatedSavedObjects: [] })).toEqual({
      actionId: 'ops-log',
      status: 'ok',
      data: { echoed: 'system notice' },
    });
    await expect(client.execute({ requesterId: 'my-plugin', id: 'ops-log', params: { message: 'x' }, spaceId: 'ops' })).rejects.toThrow(
      '"my-plugin" feature is not allow-listed for UnsecuredActionsClient access.'
    );
    await expect(client.bulkEnqueueExecution('my-plugin', [])).rejects.toThrow('"my-plugin" feature is not allow-listed for UnsecuredActionsClient access.');
  });
});
