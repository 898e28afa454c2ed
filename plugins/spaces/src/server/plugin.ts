import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core-server';
import type { SpacesConfig } from './config';
import { SPACE_SAVED_OBJECT_TYPE } from './constants';
import { createDefaultSpace } from './default_space/create_default_space';
import { KnownSpaces } from './known_spaces/known_spaces';
import { registerUnknownSpaceInterceptor } from './request_interceptors/unknown_space_interceptor';
import { registerSpacesRoutes } from './routes';
import { spaceSavedObjectType } from './saved_objects/space_type';
import { SpacesClient } from './spaces_client/spaces_client';
import { createSpacesServiceSetup, createSpacesServiceStart } from './spaces_service/spaces_service';
import type { SpacesPluginSetup, SpacesPluginStart } from './types';

/** What `start` builds and the routes and interceptor registered in `setup` use. */
interface SpacesRuntime {
  client: SpacesClient;
  knownSpaces: KnownSpaces;
}

export class SpacesPlugin implements Plugin<SpacesPluginSetup, SpacesPluginStart> {
  private readonly log: Logger;
  private readonly config: SpacesConfig;
  private readonly runtime: Promise<SpacesRuntime>;
  private resolveRuntime: (runtime: SpacesRuntime) => void = () => undefined;

  constructor(context: PluginInitializerContext<SpacesConfig>) {
    this.log = context.logger.get();
    this.config = context.config.get();
    this.runtime = new Promise((resolve) => (this.resolveRuntime = resolve));
  }

  public setup(core: CoreSetup<object, SpacesPluginStart>): SpacesPluginSetup {
    core.savedObjects.registerType(spaceSavedObjectType);
    // Requests are served only once every plugin has started, so these promises are settled by then.
    registerSpacesRoutes({
      router: core.http.createRouter(),
      getSpacesClient: async () => (await this.runtime).client,
    });
    registerUnknownSpaceInterceptor(core.http, async () => (await this.runtime).knownSpaces);
    return { spacesService: createSpacesServiceSetup() };
  }

  public async start(core: CoreStart): Promise<SpacesPluginStart> {
    const repository = core.savedObjects.createInternalRepository([SPACE_SAVED_OBJECT_TYPE]);
    await createDefaultSpace({ repository, log: this.log, solution: this.config.defaultSolution });
    const knownSpaces = new KnownSpaces({
      lookup: (id): Promise<boolean> => client.exists(id),
      onRefreshError: (error) => this.log.warn(`Could not re-check a known space: ${error instanceof Error ? error.message : String(error)}`),
    });
    const client = new SpacesClient({ repository, maxSpaces: this.config.maxSpaces, knownSpaces, log: this.log });
    // Warm the cache, so the first requests into existing spaces do not wait for the store.
    for (const space of await client.getAll()) knownSpaces.markKnown(space.id);
    this.resolveRuntime({ client, knownSpaces });
    // No authorization yet: every request gets the same client.
    return { spacesService: createSpacesServiceStart(() => client) };
  }
}
