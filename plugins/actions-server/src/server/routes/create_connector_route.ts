import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { toConnectorResponse } from './connector_response';
import { createConnectorBodySchema, createConnectorParamsSchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `POST /api/actions/connector/{id?}` */
export function createConnectorRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.post(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id?}`,
      validate: { params: createConnectorParamsSchema, body: createConnectorBodySchema },
      options: { access: 'public', summary: 'Create a connector', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const client = await getActionsClient(request);
      const { name, connector_type_id: actionTypeId, config, secrets } = request.body;
      const connector = await client.create({ action: { name, actionTypeId, config, secrets }, options: { id: request.params?.id } });
      return response.ok({ body: toConnectorResponse(connector) });
    }
  );
}
