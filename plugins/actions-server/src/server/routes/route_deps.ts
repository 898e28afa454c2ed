import type { IRouter, KibanaRequest } from '@kbn/core-server';
import type { ActionsClient } from '../actions_client/actions_client';

/** What every connectors route needs: the router and the actions client of the request's space. */
export interface ConnectorRouteDeps {
  router: IRouter;
  getActionsClient(request: KibanaRequest): Promise<ActionsClient>;
}

/** The OpenAPI tag of the connectors API. */
export const CONNECTORS_TAGS = ['oas-tag:connectors'];
