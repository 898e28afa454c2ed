import type { Schema } from 'joi';
import parse from 'joi-to-json';

/** An OpenAPI 3.0 schema object, as JSON. */
export type OpenApiSchema = { [key: string]: unknown };

interface JoiBacked {
  getSchema(): Schema;
}

function isJoiBacked(validator: unknown): validator is JoiBacked {
  return typeof (validator as Partial<JoiBacked> | undefined)?.getSchema === 'function';
}

function isJsonValue(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every(isJsonValue);
  }
  return false;
}

/**
 * joi-to-json copies joi's defaults as they are: class instances (durations, byte sizes), joi's
 * `{ special: 'deep' }` marker for object defaults, functions. A document shows only JSON defaults.
 */
function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clean);
  if (typeof node !== 'object' || node === null) return node;
  const out: OpenApiSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'default') {
      const special = typeof value === 'object' && value !== null && 'special' in value;
      if (!special && isJsonValue(value)) out.default = value;
      continue;
    }
    out[key] = clean(value);
  }
  return out;
}

interface JoiDescription {
  type?: string;
  flags?: { presence?: string; default?: unknown };
  keys?: Record<string, JoiDescription>;
  items?: JoiDescription[];
  metas?: Array<{ openapi?: Record<string, unknown> }>;
}

/**
 * @kbn/config-schema validates with `presence: 'required'`, so joi's own description marks nothing
 * required: a key is required unless it is optional or has a default (an object whose default is
 * its children's defaults is required when one of its keys is). Limits kept in meta are added.
 */
function isRequired(description: JoiDescription): boolean {
  const { presence, default: fallback } = description.flags ?? {};
  if (description.type === 'object' && description.keys && typeof fallback === 'object' && fallback !== null && 'special' in fallback) {
    return Object.values(description.keys).some(isRequired);
  }
  return presence !== 'optional' && fallback === undefined;
}

function applyDescription(json: OpenApiSchema, description: JoiDescription): void {
  for (const meta of description.metas ?? []) {
    for (const [key, value] of Object.entries(meta.openapi ?? {})) if (value !== undefined) json[key] = value;
  }
  if (description.keys) {
    const properties = (json.properties ?? {}) as Record<string, OpenApiSchema>;
    const required = Object.entries(description.keys).filter(([, child]) => isRequired(child)).map(([name]) => name);
    if (required.length) json.required = required;
    else delete json.required;
    for (const [name, child] of Object.entries(description.keys)) if (properties[name]) applyDescription(properties[name], child);
  }
  if (description.items?.length === 1 && json.items && typeof json.items === 'object') applyDescription(json.items as OpenApiSchema, description.items[0]);
}

/**
 * The OpenAPI schema of a route validator built with @kbn/config-schema (joi underneath);
 * `undefined` for validators that are not (a custom function validates, but documents nothing).
 */
export function schemaToOpenApi(validator: unknown): OpenApiSchema | undefined {
  if (!isJoiBacked(validator)) return undefined;
  const joiSchema = validator.getSchema();
  const json = clean(parse(joiSchema, 'open-api')) as OpenApiSchema;
  applyDescription(json, joiSchema.describe() as JoiDescription);
  return json;
}
