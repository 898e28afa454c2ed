import { checkAvailabilityRoute } from './check_availability_route';
import { connectorTypesRoutes } from './connector_types_route';
import { createConnectorRoute } from './create_connector_route';
import { deleteConnectorRoute } from './delete_connector_route';
import { executeConnectorRoute } from './execute_connector_route';
import { getAllConnectorsRoutes } from './get_all_connectors_route';
import { getConnectorRoute } from './get_connector_route';
import type { ConnectorRouteDeps } from './route_deps';
import { updateConnectorRoute } from './update_connector_route';

/** Kibana's connectors API, public and internal. */
export function registerConnectorRoutes(deps: ConnectorRouteDeps): void {
  createConnectorRoute(deps);
  getConnectorRoute(deps);
  getAllConnectorsRoutes(deps);
  updateConnectorRoute(deps);
  deleteConnectorRoute(deps);
  connectorTypesRoutes(deps);
  checkAvailabilityRoute(deps);
  executeConnectorRoute(deps);
}
