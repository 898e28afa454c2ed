import type { ConnectorTypeModel, ConnectorTypeRegistry } from './types';

/** Kibana's `TypeRegistry` for connector type models: one model per id, registered once. */
export function createConnectorTypeRegistry(): ConnectorTypeRegistry {
  const models = new Map<string, ConnectorTypeModel>();
  return {
    register(model) {
      if (models.has(model.id)) throw new Error(`Object type "${model.id}" is already registered.`);
      models.set(model.id, model);
    },
    has: (id) => models.has(id),
    get(id) {
      const model = models.get(id);
      if (!model) throw new Error(`Object type "${id}" is not registered.`);
      return model;
    },
    list: () => [...models.values()],
  };
}
