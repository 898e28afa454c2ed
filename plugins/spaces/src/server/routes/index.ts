import { registerDeleteSpaceRoute } from './delete';
import { registerGetSpaceRoute } from './get';
import { registerGetAllSpacesRoute } from './get_all';
import { registerCreateSpaceRoute } from './post';
import { registerUpdateSpaceRoute } from './put';
import type { SpacesRouteDeps } from './route_deps';

/** Kibana's external spaces API under `/api/spaces/space`. */
export function registerSpacesRoutes(deps: SpacesRouteDeps): void {
  registerGetAllSpacesRoute(deps);
  registerGetSpaceRoute(deps);
  registerCreateSpaceRoute(deps);
  registerUpdateSpaceRoute(deps);
  registerDeleteSpaceRoute(deps);
}
