import type { ElasticsearchServiceStart } from '../elasticsearch/types';
import type { HttpServiceSetup, HttpServiceStart } from '../http/types';
import type { Logger, LoggerFactory } from '../logging/types';
import type { SavedObjectsServiceSetup, SavedObjectsServiceStart } from '../saved_objects/types';
import type { StatusServiceSetup } from '../status/types';
import type { StorageServiceSetup, StorageServiceStart } from '../storage/types';

/** The `plugin` block of a `kibana.jsonc` manifest. */
export interface PluginManifest {
  id: string;
  /** The package's name (`@kbn/actions-server`), used to load `<package>/server`. */
  packageName: string;
  /** Absolute folder of the package. */
  path: string;
  server: boolean;
  browser: boolean;
  /** Where the plugin's config lives in kibana.yml, e.g. `['xpack', 'actions']`; default: the id. */
  configPath: string[];
  requiredPlugins: string[];
  optionalPlugins: string[];
}

export interface EnvironmentInfo {
  mode: { dev: boolean; prod: boolean; name: 'development' | 'production' };
  packageInfo: { version: string; branch: string; buildNum: number; buildSha: string; dist: boolean };
  /** Stable per data folder or store. */
  instanceUuid: string;
  /** The folder that holds packages/ and plugins/. */
  repoRoot: string;
}

export interface PluginInitializerContext<ConfigType = unknown> {
  readonly opaqueId: symbol;
  readonly manifest: PluginManifest;
  readonly env: EnvironmentInfo;
  /** Loggers under `plugins.<id>`. */
  readonly logger: LoggerFactory & { get(...childContextPaths: string[]): Logger };
  readonly config: {
    /** The plugin's validated config (its schema's `TypeOf`). */
    get<T = ConfigType>(): T;
    /** Read-only settings every plugin may see. */
    readonly global: { path: { data: string }; server: { host: string; port: number; basePath: string; publicBaseUrl?: string; name: string; uuid?: string } };
  };
}

export interface CoreSetup<TPluginsStart extends object = object, TStart = unknown> {
  http: HttpServiceSetup;
  savedObjects: SavedObjectsServiceSetup;
  storage: StorageServiceSetup;
  status: StatusServiceSetup;
  /** Resolves once every plugin has started: `[coreStart, pluginsStart, ownStart]`. */
  getStartServices(): Promise<[CoreStart, TPluginsStart, TStart]>;
}

export interface CoreStart {
  /** The Elasticsearch client, when `elasticsearch.hosts` is set. */
  elasticsearch: ElasticsearchServiceStart;
  http: HttpServiceStart;
  savedObjects: SavedObjectsServiceStart;
  storage: StorageServiceStart;
}

export interface Plugin<TSetup = void, TStart = void, TPluginsSetup extends object = object, TPluginsStart extends object = object> {
  setup(core: CoreSetup<TPluginsStart, TStart>, plugins: TPluginsSetup): TSetup | Promise<TSetup>;
  start(core: CoreStart, plugins: TPluginsStart): TStart | Promise<TStart>;
  stop?(): void | Promise<void>;
}

/** What `<package>/server` exports as `plugin`. */
export type PluginInitializer<TSetup = unknown, TStart = unknown, TPluginsSetup extends object = object, TPluginsStart extends object = object> = (
  context: PluginInitializerContext
) => Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart> | Promise<Plugin<TSetup, TStart, TPluginsSetup, TPluginsStart>>;
