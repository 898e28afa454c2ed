import { schema } from '@kbn/config-schema';
import { validateConnectorId } from '@kbn/actions-common';

/** Kibana refuses empty or blank strings anywhere in a connector's name, config and secrets. */
export function validateEmptyStrings(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? "value '' is not valid" : undefined;
  const children = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? Object.values(value) : [];
  for (const child of children) {
    const message = validateEmptyStrings(child);
    if (message) return message;
  }
  return undefined;
}

const values = () => schema.recordOf(schema.string(), schema.any({ validate: validateEmptyStrings }), { defaultValue: {} });

export const connectorIdParamSchema = schema.object({
  id: schema.string({ meta: { description: 'An identifier for the connector.' } }),
});

export const createConnectorParamsSchema = schema.maybe(
  schema.object({
    id: schema.maybe(
      schema.string({
        minLength: 1,
        maxLength: 36,
        validate: (id) => validateConnectorId(id),
        meta: { description: 'A UUID v1 or v4 identifier for the connector. If you omit this parameter, an identifier is randomly generated.' },
      })
    ),
  })
);

export const createConnectorBodySchema = schema.object({
  name: schema.string({ validate: validateEmptyStrings, meta: { description: 'The display name for the connector.' } }),
  connector_type_id: schema.string({ meta: { description: 'The type of connector.' } }),
  config: values(),
  secrets: values(),
});

export const updateConnectorBodySchema = schema.object({
  name: schema.string({ validate: validateEmptyStrings, meta: { description: 'The display name for the connector.' } }),
  config: values(),
  secrets: values(),
});
