import { createConnectorTypeRegistry } from './connector_type_registry';

const model = { id: '.server-log', actionTypeTitle: 'Server log', iconClass: 'logsApp', selectMessage: 'Add a message to a Kibana log.' };

describe('connector type registry', () => {
  test('registers, gets and lists models', () => {
    const registry = createConnectorTypeRegistry();
    registry.register(model);
    expect(registry.has('.server-log')).toBe(true);
    expect(registry.get('.server-log')).toBe(model);
    expect(registry.list()).toEqual([model]);
  });

  test("refuses a second model for an id, and says which id it does not know (Kibana's messages)", () => {
    const registry = createConnectorTypeRegistry();
    registry.register(model);
    expect(() => registry.register(model)).toThrow('Object type ".server-log" is already registered.');
    expect(() => registry.get('.slack')).toThrow('Object type ".slack" is not registered.');
  });
});
