import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import { SavedObjectsErrorHelpers } from '@kbn/core-server';
import { connectorIdParamSchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

/** `GET /api/actions/connector/{id}/_check_availability`: whether a new connector may take the id. */
export function checkAvailabilityRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.get(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id}/_check_availability`,
      validate: { params: connectorIdParamSchema },
      options: { access: 'public', summary: 'Check whether a connector id is available', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const client = await getActionsClient(request);
      try {
        await client.get({ id: request.params.id, throwIfSystemAction: false });
        return response.ok({ body: { connectorIdAvailable: false } });
      } catch (error) {
        if (SavedObjectsErrorHelpers.isNotFoundError(error)) return response.ok({ body: { connectorIdAvailable: true } });
        throw error;
      }
    }
  );
}
