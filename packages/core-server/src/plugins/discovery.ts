import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { PluginManifest } from './types';

interface ManifestFile {
  type?: string;
  id?: string;
  plugin?: {
    id?: string;
    server?: boolean;
    browser?: boolean;
    configPath?: string | string[];
    requiredPlugins?: string[];
    optionalPlugins?: string[];
  };
}

/** Reads one package's `kibana.jsonc`; `undefined` for a package that is not a plugin. */
export function readManifest(dir: string): PluginManifest | undefined {
  const file = join(dir, 'kibana.jsonc');
  if (!existsSync(file)) return undefined;
  const errors: ParseError[] = [];
  const manifest = parse(readFileSync(file, 'utf8'), errors, { allowTrailingComma: true }) as ManifestFile;
  if (errors.length > 0) throw new Error(`Invalid manifest [${file}]: ${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`);
  if (manifest.type !== 'plugin') return undefined;
  const plugin = manifest.plugin;
  if (!plugin?.id || !/^[a-zA-Z][a-zA-Z0-9]*$/.test(plugin.id)) {
    throw new Error(`Invalid manifest [${file}]: "plugin.id" must be a camelCase identifier`);
  }
  const packageName = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name;
  const configPath = plugin.configPath === undefined ? [plugin.id] : [plugin.configPath].flat();
  return {
    id: plugin.id,
    packageName,
    path: dir,
    server: plugin.server ?? false,
    browser: plugin.browser ?? false,
    configPath,
    requiredPlugins: plugin.requiredPlugins ?? [],
    optionalPlugins: plugin.optionalPlugins ?? [],
  };
}

/**
 * Every plugin manifest directly under the given folders (`plugins/*`, `packages/*`), plus the
 * plugin folders named one by one (`--plugin-path`).
 */
export function discoverPlugins(searchPaths: string[], pluginPaths: string[] = []): PluginManifest[] {
  const manifests: PluginManifest[] = [];
  const seen = new Map<string, string>();
  const add = (dir: string) => {
    const manifest = readManifest(dir);
    if (!manifest) return;
    const other = seen.get(manifest.id);
    if (other) throw new Error(`Plugin with id "${manifest.id}" is already registered by [${other}], found again at [${manifest.path}]`);
    seen.set(manifest.id, manifest.path);
    manifests.push(manifest);
  };
  for (const root of searchPaths) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { withFileTypes: true })) if (entry.isDirectory()) add(join(root, entry.name));
  }
  for (const dir of pluginPaths) {
    if (!existsSync(join(dir, 'kibana.jsonc'))) throw new Error(`No plugin at [${dir}]: it has no kibana.jsonc`);
    add(dir);
  }
  return manifests;
}
