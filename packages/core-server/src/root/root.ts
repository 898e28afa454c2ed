import { isAbsolute, join, resolve } from 'node:path';
import type { ByteSizeValue } from '@kbn/config-schema';
import { ConfigService } from '../config/config_service';
import { coreConfigSchemas, type LoggingConfig, type ServerConfig } from '../config/core_config';
import { loadRawConfig } from '../config/raw_config';
import { ElasticsearchService } from '../elasticsearch/elasticsearch_service';
import type { ElasticsearchConfig } from '../elasticsearch/elasticsearch_config';
import { HttpService } from '../http/http_service';
import { registerOasRoute } from '../http/openapi/oas_route';
import type { HttpServiceStart } from '../http/types';
import { LoggingSystem } from '../logging/logging_system';
import type { Logger } from '../logging/types';
import { PluginsService } from '../plugins/plugins_service';
import type { CoreStart } from '../plugins/types';
import { SavedObjectsService } from '../saved_objects/saved_objects_service';
import { StatusService } from '../status/status_service';
import { StorageService } from '../storage/storage_service';
import { createEnvironment, readOrCreateInstanceUuid } from './environment';

export interface RootOptions {
  repoRoot: string;
  /** kibana.yml files, in order; default `<repoRoot>/config/kibana.yml`. */
  configFiles?: string[];
  /** `--key=value` settings; they win over the files. */
  overrides?: Record<string, unknown>;
  /** Folders whose subfolders may hold plugins; default `plugins/` and `packages/` of the repo. */
  pluginSearchPaths?: string[];
  /** Plugin folders to load too (`--plugin-path`). */
  pluginPaths?: string[];
  /** Load only these plugins and what they require. */
  pluginFilter?: string[];
}

export interface RootStart {
  url: string;
  core: CoreStart;
  /** Start contracts by plugin id. */
  plugins: Map<string, unknown>;
}

/** The server: config, logging, storage, saved objects, HTTP and plugins, in Kibana's order. */
export class Root {
  public readonly logging: LoggingSystem;
  private readonly log: Logger;
  private stopping?: Promise<void>;
  private services?: { http: HttpService; storage: StorageService; plugins: PluginsService; elasticsearch: ElasticsearchService };

  constructor(private readonly options: RootOptions) {
    this.logging = new LoggingSystem(options.repoRoot);
    this.log = this.logging.get('root');
  }

  public async start(): Promise<RootStart> {
    const { repoRoot } = this.options;
    const configFiles = (this.options.configFiles ?? [join(repoRoot, 'config', 'kibana.yml')]).map((file) => resolve(file));
    const config = new ConfigService(loadRawConfig(configFiles, this.options.overrides ?? {}));
    for (const [key, schema] of Object.entries(coreConfigSchemas)) config.setSchema([key], schema);

    // The environment needs path.data, which needs the config: read it without validation first.
    const bootstrapEnv = createEnvironment(repoRoot, 'pending');
    const plugins = new PluginsService({
      logger: this.logging,
      env: bootstrapEnv,
      config,
      searchPaths: this.options.pluginSearchPaths ?? [join(repoRoot, 'plugins'), join(repoRoot, 'packages')],
      pluginPaths: this.options.pluginPaths?.map((dir) => resolve(dir)),
      pluginFilter: this.options.pluginFilter,
    });
    plugins.discover();
    config.validate({ dev: bootstrapEnv.mode.dev, dist: false }, plugins.getDisabledConfigPaths());
    this.logging.configure(config.get<LoggingConfig>(['logging']));

    const server = config.get<ServerConfig>(['server']);
    const dataPath = absolute(repoRoot, config.get<{ data: string }>(['path']).data);
    const instanceUuid = readOrCreateInstanceUuid(dataPath, server.uuid);
    Object.assign(bootstrapEnv, { instanceUuid });

    const storage = new StorageService({ logger: this.logging.get('storage'), config: { url: config.get<{ url?: string }>(['storage']).url, dataPath } });
    const savedObjects = new SavedObjectsService({ logger: this.logging.get('savedobjects-service') });
    const http = new HttpService({
      logger: this.logging,
      config: { host: server.host, port: server.port, basePath: server.basePath, maxPayload: (server.maxPayload as ByteSizeValue).getValueInBytes(), publicBaseUrl: server.publicBaseUrl },
    });
    const status = new StatusService();
    const elasticsearch = new ElasticsearchService({ logger: this.logging.get('elasticsearch-service'), config: config.get<ElasticsearchConfig>(['elasticsearch']) });
    this.services = { http, storage, plugins, elasticsearch };

    const storageSetup = storage.setup();
    const savedObjectsSetup = savedObjects.setup();
    const httpSetup = http.setup();
    // Route contexts and core.http are handed out before the services they read have started.
    const started: { savedObjects?: CoreStart['savedObjects']; http?: HttpServiceStart } = {};
    httpSetup.registerRouteHandlerContext('core', (_context, request) => {
      const start = started.savedObjects!;
      return {
        savedObjects: {
          client: start.getScopedClient(request),
          typeRegistry: start.getTypeRegistry(),
          getClient: (options: Parameters<typeof start.getScopedClient>[1]) => start.getScopedClient(request, options),
        },
      };
    });
    status.registerRoutes(httpSetup.forPlugin('core').createRouter(), {
      name: server.name,
      uuid: instanceUuid,
      version: bootstrapEnv.packageInfo.version,
      buildSha: bootstrapEnv.packageInfo.buildSha,
      buildNum: bootstrapEnv.packageInfo.buildNum,
    });

    if (server.oas.enabled) {
      registerOasRoute(httpSetup.forPlugin('core').createRouter(), {
        getRoutes: () => started.http?.getRegisteredRoutes() ?? [],
        getServerUrl: () => started.http?.getServerUrl() ?? '',
        version: bootstrapEnv.packageInfo.version,
      });
    }

    await plugins.setup((manifest) => ({
      http: httpSetup.forPlugin(manifest.id),
      savedObjects: savedObjectsSetup,
      storage: storageSetup,
      status: status.forPlugin(manifest.id),
    }));

    const storageStart = await storage.start();
    status.start(storageStart);
    started.savedObjects = savedObjects.start({ storage: storageStart });
    const core: CoreStart = {
      elasticsearch: elasticsearch.start(),
      savedObjects: started.savedObjects,
      storage: storageStart,
      http: {
        getRegisteredRoutes: () => started.http?.getRegisteredRoutes() ?? [],
        getServerUrl: () => started.http?.getServerUrl() ?? '',
        basePath: { serverBasePath: server.basePath },
      },
    };
    const pluginsStart = await plugins.start(core);
    started.http = await http.start();
    const url = started.http.getServerUrl();
    this.log.info(`Server running at ${url}`);
    this.log.info('Kibana is now available');
    return { url, core, plugins: pluginsStart };
  }

  /** Plugins stop in reverse order, then HTTP, then the store. Safe to call more than once. */
  public shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      const services = this.services;
      if (services) {
        await services.plugins.stop();
        await services.http.stop();
        await services.elasticsearch.stop();
        await services.storage.stop();
      }
      this.logging.flush();
    })();
    return this.stopping;
  }
}

function absolute(repoRoot: string, path: string): string {
  return isAbsolute(path) ? path : join(repoRoot, path);
}
