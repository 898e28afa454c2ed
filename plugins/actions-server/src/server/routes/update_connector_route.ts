import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { toConnectorResponse } from './connector_response';
import { connectorIdParamSchema, updateConnectorBodySchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `PUT /api/actions/connector/{id}`: name, config and secrets; the type cannot change. */
export function updateConnectorRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.put(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id}`,
      validate: { params: connectorIdParamSchema, body: updateConnectorBodySchema },
      options: { access: 'public', summary: 'Update a connector', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const { name, config, secrets } = request.body;
      const connector = await (await getActionsClient(request)).update({ id: request.params.id, action: { name, config, secrets } });
      return response.ok({ body: toConnectorResponse(connector) });
    }
  );
}
