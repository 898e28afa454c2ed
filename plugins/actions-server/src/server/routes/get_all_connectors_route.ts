import { BASE_ACTION_API_PATH, INTERNAL_BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { toConnectorListResponse } from './connector_response';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `GET /api/actions/connectors`, and `GET /internal/actions/connectors` with the system actions. */
export function getAllConnectorsRoutes({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.get(
    { path: `${BASE_ACTION_API_PATH}/connectors`, validate: false, options: { access: 'public', summary: 'Get all connectors', tags: CONNECTORS_TAGS } },
    async (_context, request, response) => {
      const connectors = await (await getActionsClient(request)).getAll();
      return response.ok({ body: connectors.map(toConnectorListResponse) });
    }
  );
  router.get({ path: `${INTERNAL_BASE_ACTION_API_PATH}/connectors`, validate: false, options: { access: 'internal' } }, async (_context, request, response) => {
    const connectors = await (await getActionsClient(request)).getAll({ includeSystemActions: true });
    return response.ok({ body: connectors.map(toConnectorListResponse) });
  });
}
