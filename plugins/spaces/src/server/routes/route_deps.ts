import type { IRouter, KibanaRequest } from '@kbn/core-server';
import type { ISpacesClient } from '../types';

/** What every spaces route is registered with. */
export interface SpacesRouteDeps {
  router: IRouter;
  /** Resolves once the plugin has started (requests arrive only after that). */
  getSpacesClient(request: KibanaRequest): Promise<ISpacesClient>;
}

export const SPACES_ROUTE_TAGS = ['oas-tag:spaces'] as const;
