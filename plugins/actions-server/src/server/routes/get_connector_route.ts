import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { toConnectorResponse } from './connector_response';
import { connectorIdParamSchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `GET /api/actions/connector/{id}` (system actions are not found here). */
export function getConnectorRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.get(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id}`,
      validate: { params: connectorIdParamSchema },
      options: { access: 'public', summary: 'Get connector information', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const connector = await (await getActionsClient(request)).get({ id: request.params.id });
      return response.ok({ body: toConnectorResponse(connector) });
    }
  );
}
