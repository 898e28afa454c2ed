import { schema } from '@kbn/config-schema';
import { BASE_ACTION_API_PATH, INTERNAL_BASE_ACTION_API_PATH } from '@kbn/actions-common';
import type { ConnectorTypeInfo } from '../connector_types/connector_type_registry';
import { CONNECTORS_TAGS, type ConnectorRouteDeps } from './route_deps';

const querySchema = schema.object({
  feature_id: schema.maybe(schema.string({ maxLength: 100, meta: { description: 'A filter to limit the retrieved connector types to those that support a specific feature.' } })),
});

function toConnectorTypeResponse(type: ConnectorTypeInfo) {
  return {
    id: type.id,
    name: type.name,
    enabled: type.enabled,
    enabled_in_config: type.enabledInConfig,
    enabled_in_license: type.enabledInLicense,
    minimum_license_required: type.minimumLicenseRequired,
    supported_feature_ids: type.supportedFeatureIds,
    is_system_action_type: type.isSystemActionType,
    is_deprecated: type.isDeprecated,
  };
}

/** `GET /api/actions/connector_types`, and the internal route that also lists system action types. */
export function connectorTypesRoutes({ router, getActionsClient }: ConnectorRouteDeps): void {
  router.get(
    {
      path: `${BASE_ACTION_API_PATH}/connector_types`,
      validate: { query: querySchema },
      options: { access: 'public', summary: 'Get connector types', tags: CONNECTORS_TAGS },
    },
    async (_context, request, response) => {
      const types = (await getActionsClient(request)).listTypes({ featureId: request.query.feature_id });
      return response.ok({ body: types.map(toConnectorTypeResponse) });
    }
  );
  router.get(
    { path: `${INTERNAL_BASE_ACTION_API_PATH}/connector_types`, validate: { query: querySchema }, options: { access: 'internal' } },
    async (_context, request, response) => {
      const types = (await getActionsClient(request)).listTypes({ featureId: request.query.feature_id, includeSystemActionTypes: true });
      return response.ok({ body: types.map(toConnectorTypeResponse) });
    }
  );
}
