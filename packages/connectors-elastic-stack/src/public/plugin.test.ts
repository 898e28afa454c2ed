import type { ActionsPublicSetupLike, ConnectorTypeModelLike } from './actions_contract';
import { plugin } from '.';

describe('connectorsElasticStack browser plugin', () => {
  test('setup registers a model per connector type with the actions plugin', () => {
    const registered: ConnectorTypeModelLike[] = [];
    const actions: ActionsPublicSetupLike = { connectorTypeRegistry: { register: (model) => void registered.push(model) } };
    plugin().setup({}, { actions });
    expect(registered.map(({ id, actionTypeTitle }) => [id, actionTypeTitle])).toEqual([
      ['.server-log', 'Server log'],
      ['.index', 'Index'],
      ['.cases', 'Cases'],
      ['.observability-ai-assistant', 'Observability AI Assistant'],
    ]);
  });
});
