import type { CoreSetup, KibanaRequest, Plugin, PluginInitializerContext, SavedObjectsClientContract, ISavedObjectTypeRegistry } from '@kbn/core-server';
import type { SavedObjectsManagementConfig } from './config';
import { registerExportRoute } from './routes/export_route';
import { registerImportRoute } from './routes/import_route';
import { registerResolveImportErrorsRoute } from './routes/resolve_import_errors_route';

/** What `savedObjectsManagement` gives other plugins during setup: nothing yet. */
export type SavedObjectsManagementServerSetup = Record<string, never>;
/** What `savedObjectsManagement` gives other plugins once started: nothing yet. */
export type SavedObjectsManagementServerStart = Record<string, never>;

/** What every route needs: the settings, and a client of the request's space that sees the importable hidden types. */
export interface RouteDependencies {
  maxImportPayloadBytes: number;
  maxImportExportSize: number;
  getServices(request: KibanaRequest): Promise<{ client: SavedObjectsClientContract; typeRegistry: ISavedObjectTypeRegistry }>;
}

export class SavedObjectsManagementServerPlugin implements Plugin<SavedObjectsManagementServerSetup, SavedObjectsManagementServerStart> {
  constructor(private readonly context: PluginInitializerContext<SavedObjectsManagementConfig>) {}

  public setup(core: CoreSetup): SavedObjectsManagementServerSetup {
    const config = this.context.config.get();
    const deps: RouteDependencies = {
      maxImportPayloadBytes: config.maxImportPayloadBytes.getValueInBytes(),
      maxImportExportSize: config.maxImportExportSize,
      getServices: async (request) => {
        const [{ savedObjects }] = await core.getStartServices();
        const typeRegistry = savedObjects.getTypeRegistry();
        // As Kibana: hidden types are reachable here only when they are importable and exportable.
        const includedHiddenTypes = typeRegistry.getImportableAndExportableTypes().filter((type) => type.hidden).map((type) => type.name);
        return { client: savedObjects.getScopedClient(request, { includedHiddenTypes }), typeRegistry };
      },
    };
    const router = core.http.createRouter();
    registerExportRoute(router, deps);
    registerImportRoute(router, deps);
    registerResolveImportErrorsRoute(router, deps);
    return {};
  }

  public start(): SavedObjectsManagementServerStart {
    return {};
  }
}
