import { SERVER_LOG_CONNECTOR_TYPE_ID, SERVER_LOG_CONNECTOR_TYPE_NAME } from '../../../common';
import type { ConnectorTypeModelLike } from '../../actions_contract';

export function getServerLogConnectorTypeModel(): ConnectorTypeModelLike {
  return {
    id: SERVER_LOG_CONNECTOR_TYPE_ID,
    actionTypeTitle: SERVER_LOG_CONNECTOR_TYPE_NAME,
    iconClass: 'logsApp',
    selectMessage: 'Add a message to a Kibana log.',
  };
}
