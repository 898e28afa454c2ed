import type { Type } from '@kbn/config-schema';

/** What a plugin's `server/index.ts` exports as `config`. */
export interface PluginConfigDescriptor<T = unknown> {
  schema: Type<T>;
  /** Keys of the validated config that the browser side of the plugin may read. */
  exposeToBrowser?: { [K in keyof T]?: boolean };
}

/** The raw, merged configuration: kibana.yml files plus CLI overrides, dotted keys expanded. */
export type RawConfig = Record<string, unknown>;

export interface ConfigSource {
  /** Files in the order they were given; later files win. */
  configFiles: string[];
  /** `--a.b=c` overrides from the command line; they win over every file. */
  overrides: Record<string, unknown>;
}
