import Mustache from 'mustache';
import type { Logger } from '@kbn/core-server';
import { type Escape, getEscape } from './escape';
import { getMustacheLambdas } from './mustache_lambdas';
import { messageOf } from '../errors/message_of';

export type { Escape } from './escape';

type Variables = Record<string, unknown>;

/** Renders with no escaping and no lambdas; values should already be strings. */
export function renderMustacheStringNoEscape(template: string, variables: Variables): string {
  try {
    return Mustache.render(`${template}`, variables);
  } catch (err) {
    // the message names the template, never the variables (they may hold secrets)
    return `error rendering mustache template "${template}": ${messageOf(err)}`;
  }
}

function renderAugmented(logger: Logger, template: string, augmented: Variables, escape: Escape): string {
  try {
    // escape is passed per call: Mustache's global escape stays untouched for other callers
    return Mustache.render(`${template}`, { ...getMustacheLambdas(logger), ...augmented }, undefined, { escape: getEscape(escape) });
  } catch (err) {
    return `error rendering mustache template "${template}": ${messageOf(err)}`;
  }
}

/**
 * Renders one template. Objects render as their JSON (`{{context}}` gives `{"a":1}`, not
 * `[object Object]`), arrays get `{{arr.asJSON}}`, and dotted variable names (`kibana.alert.id`)
 * are reachable as paths. A template that fails to render becomes an error message, not a throw.
 */
export function renderMustacheString(logger: Logger, template: string, variables: Variables, escape: Escape): string;
export function renderMustacheString(logger: Logger, template: string | null | undefined, variables: Variables, escape: Escape): string | null | undefined;
export function renderMustacheString(logger: Logger, template: string | null | undefined, variables: Variables, escape: Escape): string | null | undefined {
  if (template == null) return template;
  return renderAugmented(logger, template, augmentObjectVariables(variables), escape);
}

/** A deep copy of params with every string rendered (unescaped: the result is an object, not text). */
export function renderMustacheObject<Params>(logger: Logger, params: Params, variables: Variables): Params {
  const augmented = augmentObjectVariables(variables);
  const renderDeep = (value: unknown): unknown => {
    if (typeof value === 'string') return renderAugmented(logger, value, augmented, 'none');
    if (Array.isArray(value)) return value.map(renderDeep);
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renderDeep(inner)]));
    return value;
  };
  return renderDeep(params) as Params;
}

/** A JSON copy of the variables, with dotted keys expanded and objects given a JSON `toString`. */
function augmentObjectVariables(variables: Variables): Variables {
  const result = JSON.parse(JSON.stringify(variables ?? {})) as Variables;
  expandDottedKeys(result);
  addToStringDeep(result);
  return result;
}

/** `{ 'a.b': 1 }` also answers `{{a.b}}` as a path: `{ 'a.b': 1, a: { b: 1 } }`. */
function expandDottedKeys(variables: Variables): void {
  for (const key of Object.keys(variables)) {
    if (key.includes('.')) {
      const parts = key.split('.');
      let target = variables;
      parts.slice(0, -1).forEach((part) => {
        if (!isPlainObject(target[part])) target[part] = {};
        target = target[part] as Variables;
      });
      target[parts[parts.length - 1]] = variables[key];
    }
    const value = variables[key];
    if (isPlainObject(value)) expandDottedKeys(value);
  }
}

function addToStringDeep(value: unknown): void {
  if (Array.isArray(value)) {
    // mustache already renders arrays (joined by commas); asJSON gives their JSON instead
    Object.defineProperty(value, 'asJSON', { value: () => JSON.stringify(value), enumerable: false });
    value.forEach(addToStringDeep);
  } else if (isPlainObject(value)) {
    if (!Object.hasOwn(value, 'toString')) {
      Object.defineProperty(value, 'toString', { value: () => JSON.stringify(value), enumerable: false });
    }
    Object.values(value).forEach(addToStringDeep);
  }
}

function isPlainObject(value: unknown): value is Variables {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
