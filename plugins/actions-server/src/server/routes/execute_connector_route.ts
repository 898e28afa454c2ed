import { schema } from '@kbn/config-schema';
import { BASE_ACTION_API_PATH } from '@kbn/actions-common';
import type { ConnectorTypeExecutorResult } from '@kbn/connector-sdk';
import { connectorIdParamSchema } from './connector_body_schema';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

const bodySchema = schema.object({
  params: schema.recordOf(schema.string(), schema.any()),
});

/** Kibana's response: `connector_id` and `service_message` in snake_case, `errorSource` as it is. */
function toExecuteResponse({ actionId, serviceMessage, ...result }: ConnectorTypeExecutorResult) {
  return {
    ...result,
    connector_id: actionId,
    ...(serviceMessage !== undefined ? { service_message: serviceMessage } : {}),
  };
}

/** `POST /api/actions/connector/{id}/_execute`: a failed run answers 200 with `status: "error"`, as Kibana. */
export function executeConnectorRoute({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.post(
    {
      path: `${BASE_ACTION_API_PATH}/connector/{id}/_execute`,
      validate: { params: connectorIdParamSchema, body: bodySchema },
      options: { access: 'public', summary: 'Run a connector', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const client = await getActionsClient(request);
      const { id } = request.params;
      if (client.isSystemAction(id)) return response.badRequest({ body: 'Execution of system action is not allowed' });
      const result = await client.execute({ actionId: id, params: request.body.params, source: { type: 'HTTP_REQUEST', source: { id: request.id } } });
      return result === undefined ? response.noContent() : response.ok({ body: toExecuteResponse(result) });
    }
  );
}
