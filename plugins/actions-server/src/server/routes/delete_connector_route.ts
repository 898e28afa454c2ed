import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { connectorIdParamSchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `DELETE /api/actions/connector/{id}`: 204 without a body. */
export function deleteConnectorRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.delete(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id}`,
      validate: { params: connectorIdParamSchema },
      options: { access: 'public', summary: 'Delete a connector', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      await (await getActionsClient(request)).delete({ id: request.params.id });
      return response.noContent();
    }
  );
}
