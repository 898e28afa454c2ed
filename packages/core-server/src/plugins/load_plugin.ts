import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PluginConfigDescriptor } from '../config/types';
import type { PluginInitializer, PluginManifest } from './types';

export interface PluginServerModule {
  plugin: PluginInitializer;
  config?: PluginConfigDescriptor;
}

type ExportTarget = string | { [condition: string]: ExportTarget };

function pick(target: ExportTarget | undefined): string | undefined {
  if (target === undefined || typeof target === 'string') return target;
  return pick(target.default ?? target.require ?? target.node);
}

/**
 * Loads `<package>/server`: by package name (how installed workspace packages resolve), or else
 * from the package's own exports map (plugins found outside node_modules).
 */
export function loadPluginModule(manifest: PluginManifest): PluginServerModule {
  let loaded: unknown;
  // Plugins are found at run time, so they are loaded with Node's own require (it honours exports maps).
  /* eslint-disable @typescript-eslint/no-require-imports */
  try {
    loaded = require(`${manifest.packageName}/server`);
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND' || !String((error as Error).message).includes(manifest.packageName)) throw error;
    const pkg = JSON.parse(readFileSync(join(manifest.path, 'package.json'), 'utf8')) as { exports?: Record<string, ExportTarget> };
    const entry = pick(pkg.exports?.['./server']);
    if (!entry) throw new Error(`Plugin "${manifest.id}" declares a server side but ${manifest.packageName} exports no "./server"`);
    loaded = require(join(manifest.path, entry));
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  const module = loaded as Partial<PluginServerModule>;
  if (typeof module.plugin !== 'function') {
    throw new Error(`Plugin "${manifest.id}" does not export "plugin" from ${manifest.packageName}/server`);
  }
  return module as PluginServerModule;
}
