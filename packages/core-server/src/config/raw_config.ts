import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import type { RawConfig } from './types';

export type ConfigObject = Record<string, unknown>;

function isObject(value: unknown): value is ConfigObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b: 1` and `a: { b: 1 }` mean the same: expands dotted keys into nested objects. */
export function expandDottedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expandDottedKeys);
  if (!isObject(value)) return value;
  const result: ConfigObject = {};
  for (const [key, child] of Object.entries(value)) {
    const parts = key.split('.');
    let target = result;
    for (const part of parts.slice(0, -1)) {
      if (!isObject(target[part])) target[part] = {};
      target = target[part] as ConfigObject;
    }
    const last = parts[parts.length - 1];
    const expanded = expandDottedKeys(child);
    target[last] = isObject(target[last]) && isObject(expanded) ? deepMerge(target[last] as ConfigObject, expanded) : expanded;
  }
  return result;
}

/** Later wins; objects merge key by key, arrays and scalars are replaced. */
export function deepMerge(base: ConfigObject, override: ConfigObject): ConfigObject {
  const result: ConfigObject = { ...base };
  for (const [key, value] of Object.entries(override)) {
    result[key] = isObject(result[key]) && isObject(value) ? deepMerge(result[key] as ConfigObject, value) : value;
  }
  return result;
}

/** `${VAR}` and `${VAR:default}` in string values, as Kibana reads kibana.yml. */
export function substituteEnv(value: unknown, env: NodeJS.ProcessEnv, file: string): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{(\w+)(?::([^}]*))?\}/g, (_match, name: string, fallback?: string) => {
      const found = env[name] ?? fallback;
      if (found === undefined) throw new Error(`Unknown environment variable referenced in config : ${name} (in ${file})`);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item) => substituteEnv(item, env, file));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteEnv(v, env, file)]));
  return value;
}

/** Every leaf key as a dotted path (arrays are leaves). */
export function flattenKeys(value: unknown, prefix: string[] = []): string[][] {
  if (!isObject(value) || (prefix.length > 0 && Object.keys(value).length === 0)) return prefix.length ? [prefix] : [];
  return Object.entries(value).flatMap(([key, child]) => flattenKeys(child, [...prefix, key]));
}

export function getAtPath(config: ConfigObject, path: string[]): unknown {
  let value: unknown = config;
  for (const part of path) {
    if (!isObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

export interface LoadedConfig {
  raw: RawConfig;
  /** Where each leaf key was set: a file, or `the command line`. */
  sources: Map<string, string>;
}

/** Reads the files in order (later wins), then applies `--key=value` overrides. */
export function loadRawConfig(files: string[], overrides: ConfigObject, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  let raw: ConfigObject = {};
  const sources = new Map<string, string>();
  const add = (value: ConfigObject, source: string) => {
    for (const path of flattenKeys(value)) sources.set(path.join('.'), source);
    raw = deepMerge(raw, value);
  };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`Unable to read config file [${file}]: ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = yaml.load(text, { filename: file }) ?? {};
    } catch (error) {
      throw new Error(`Unable to parse config file [${file}]: ${(error as Error).message}`);
    }
    if (!isObject(parsed)) throw new Error(`Config file [${file}] must contain a YAML mapping`);
    add(expandDottedKeys(substituteEnv(parsed, env, file)) as ConfigObject, file);
  }
  add(expandDottedKeys(overrides) as ConfigObject, 'the command line');
  return { raw, sources };
}
