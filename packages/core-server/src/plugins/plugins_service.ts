import type { ConfigService } from '../config/config_service';
import type { LoggerFactory, Logger } from '../logging/types';
import { discoverPlugins } from './discovery';
import { loadPluginModule, type PluginServerModule } from './load_plugin';
import { orderPlugins, withoutDisabled } from './plugin_graph';
import type { CoreSetup, CoreStart, EnvironmentInfo, Plugin, PluginInitializerContext, PluginManifest } from './types';

interface LoadedPlugin {
  manifest: PluginManifest;
  module: PluginServerModule;
  instance?: Plugin<unknown, unknown, object, object>;
  setup?: unknown;
  start?: unknown;
}

export interface PluginsServiceOptions {
  logger: LoggerFactory;
  env: EnvironmentInfo;
  config: ConfigService;
  searchPaths: string[];
  /** Plugin folders loaded besides those found in `searchPaths` (`--plugin-path`). */
  pluginPaths?: string[];
  /** Load only these plugins and what they require (tests). */
  pluginFilter?: string[];
}

/** Finds plugins, loads their server code and config, and runs their lifecycle in dependency order. */
export class PluginsService {
  private readonly log: Logger;
  private plugins: LoadedPlugin[] = [];
  private disabledPaths: string[][] = [];
  /** Resolves once every plugin has started (for `getStartServices`). */
  private readonly started: Promise<CoreStart>;
  private markStarted: (core: CoreStart) => void = () => undefined;

  constructor(private readonly options: PluginsServiceOptions) {
    this.log = options.logger.get('plugins-service');
    this.started = new Promise((resolve) => (this.markStarted = resolve));
  }

  /** Discovers and loads plugins, registering each config schema; call before config validation. */
  public discover(): PluginManifest[] {
    const { config, searchPaths, pluginPaths, pluginFilter } = this.options;
    let manifests = discoverPlugins(searchPaths, pluginPaths).filter((manifest) => manifest.server);
    if (pluginFilter) manifests = withDependencies(manifests, pluginFilter);
    const enabled = withoutDisabled(manifests, (manifest) => config.isEnabled(manifest.configPath));
    const disabled = manifests.filter((manifest) => !enabled.includes(manifest));
    for (const manifest of disabled) this.log.info(`Plugin "${manifest.id}" is disabled.`);
    this.disabledPaths = disabled.map((manifest) => manifest.configPath);
    this.plugins = orderPlugins(enabled).map((manifest) => {
      const module = loadPluginModule(manifest);
      if (module.config) config.setSchema(manifest.configPath, module.config.schema);
      return { manifest, module };
    });
    return this.plugins.map((plugin) => plugin.manifest);
  }

  public getDisabledConfigPaths(): string[][] {
    return this.disabledPaths;
  }

  /** `coreFor` gives each plugin its own core setup (its routes and status are recorded under its id). */
  public async setup(coreFor: (manifest: PluginManifest) => Omit<CoreSetup, 'getStartServices'>): Promise<Map<string, unknown>> {
    const contracts = new Map<string, unknown>();
    for (const plugin of this.plugins) {
      const { manifest } = plugin;
      const context = this.initializerContext(manifest);
      try {
        plugin.instance = (await plugin.module.plugin(context)) as Plugin<unknown, unknown, object, object>;
        const coreSetup: CoreSetup<object, unknown> = {
          ...coreFor(manifest),
          getStartServices: () => this.started.then((coreStart) => [coreStart, this.dependencies(manifest, 'start'), plugin.start]),
        };
        plugin.setup = await plugin.instance.setup(coreSetup, this.dependencies(manifest, 'setup'));
      } catch (error) {
        throw pluginError(manifest, 'setup', error);
      }
      contracts.set(manifest.id, plugin.setup);
      this.log.debug(`Set up plugin "${manifest.id}"`);
    }
    return contracts;
  }

  public async start(core: CoreStart): Promise<Map<string, unknown>> {
    const contracts = new Map<string, unknown>();
    for (const plugin of this.plugins) {
      try {
        plugin.start = await plugin.instance!.start(core, this.dependencies(plugin.manifest, 'start'));
      } catch (error) {
        throw pluginError(plugin.manifest, 'start', error);
      }
      contracts.set(plugin.manifest.id, plugin.start);
    }
    this.markStarted(core);
    return contracts;
  }

  public async stop(): Promise<void> {
    for (const plugin of [...this.plugins].reverse()) {
      try {
        await plugin.instance?.stop?.();
      } catch (error) {
        this.log.error(`Plugin "${plugin.manifest.id}" failed to stop: ${(error as Error).message}`);
      }
    }
  }

  /** Only the plugin's declared dependencies, and optional ones only when present. */
  private dependencies(manifest: PluginManifest, phase: 'setup' | 'start'): Record<string, unknown> {
    const deps: Record<string, unknown> = {};
    for (const id of [...manifest.requiredPlugins, ...manifest.optionalPlugins]) {
      const dependency = this.plugins.find((plugin) => plugin.manifest.id === id);
      if (dependency) deps[id] = dependency[phase];
    }
    return deps;
  }

  private initializerContext(manifest: PluginManifest): PluginInitializerContext {
    const { config, env, logger } = this.options;
    const server = config.get<PluginInitializerContext['config']['global']['server']>(['server']);
    const path = config.get<{ data: string }>(['path']);
    const pluginLogger = logger.get('plugins', manifest.id);
    return {
      opaqueId: Symbol(manifest.id),
      manifest,
      env,
      logger: { get: (...parts: string[]) => (parts.length ? pluginLogger.get(...parts) : pluginLogger) },
      config: {
        get: <T>() => (this.plugins.find((p) => p.manifest === manifest)?.module.config ? config.get<T>(manifest.configPath) : ({} as T)),
        global: { path, server },
      },
    };
  }
}

function pluginError(manifest: PluginManifest, phase: string, error: unknown): Error {
  return new Error(`Plugin "${manifest.id}" failed to ${phase}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

function withDependencies(manifests: PluginManifest[], ids: string[]): PluginManifest[] {
  const wanted = new Set<string>();
  const add = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    manifests.find((m) => m.id === id)?.requiredPlugins.forEach(add);
  };
  ids.forEach(add);
  return manifests.filter((manifest) => wanted.has(manifest.id));
}
