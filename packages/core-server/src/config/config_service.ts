import { ValidationError, type Type } from '@kbn/config-schema';
import { flattenKeys, getAtPath, type LoadedConfig } from './raw_config';

/** Start stops on this; the CLI prints its message alone, without a stack. */
export class ConfigError extends Error {}

/**
 * The validated configuration: core and every plugin declare the path they own and its schema;
 * keys that nobody owns are refused, and messages name the key and where it was set.
 */
export class ConfigService {
  private readonly schemas = new Map<string, { path: string[]; schema: Type<unknown> }>();
  private readonly values = new Map<string, unknown>();

  constructor(private readonly loaded: LoadedConfig) {}

  public setSchema(path: string[], schema: Type<unknown>): void {
    const key = path.join('.');
    if (this.schemas.has(key)) throw new Error(`Validation schema for [${key}] was already registered.`);
    this.schemas.set(key, { path, schema });
  }

  /** `false` only when `<path>.enabled: false` is set. */
  public isEnabled(path: string[]): boolean {
    return getAtPath(this.loaded.raw, [...path, 'enabled']) !== false;
  }

  /** Paths of disabled plugins: their keys are accepted but not validated. */
  public validate(context: Record<string, unknown>, ignoredPaths: string[][] = []): void {
    const unknown = flattenKeys(this.loaded.raw)
      .filter((leaf) => ![...[...this.schemas.values()].map((s) => s.path), ...ignoredPaths].some((owned) => startsWith(leaf, owned)))
      .map((leaf) => leaf.join('.'));
    if (unknown.length > 0) {
      const where = [...new Set(unknown.map((key) => this.loaded.sources.get(key) ?? 'the configuration'))].join(', ');
      throw new ConfigError(
        `Unknown configuration key(s): ${unknown.map((key) => `"${key}"`).join(', ')}. Check for spelling errors and ensure that expected plugins are installed. (set in ${where})`
      );
    }
    for (const [key, { path, schema }] of this.schemas) {
      try {
        this.values.set(key, schema.validate(getAtPath(this.loaded.raw, path), context, `config validation of [${key}]`));
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const failedKey = [...path, ...error.error.path].join('.');
        const source = this.sourceOf(failedKey);
        throw new ConfigError(source ? `${error.message} (set in ${source})` : error.message);
      }
    }
  }

  public get<T>(path: string[]): T {
    const key = path.join('.');
    if (!this.values.has(key)) throw new Error(`No validated config at [${key}]`);
    return this.values.get(key) as T;
  }

  private sourceOf(key: string): string | undefined {
    for (const [leaf, source] of this.loaded.sources) {
      if (leaf === key || leaf.startsWith(`${key}.`) || key.startsWith(`${leaf}.`)) return source;
    }
    return undefined;
  }
}

function startsWith(path: string[], prefix: string[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
