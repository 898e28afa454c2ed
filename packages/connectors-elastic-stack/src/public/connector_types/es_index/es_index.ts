import { ES_INDEX_CONNECTOR_TYPE_ID, ES_INDEX_CONNECTOR_TYPE_NAME } from '../../../common';
import type { ConnectorTypeModelLike } from '../../actions_contract';

export function getEsIndexConnectorTypeModel(): ConnectorTypeModelLike {
  return {
    id: ES_INDEX_CONNECTOR_TYPE_ID,
    actionTypeTitle: ES_INDEX_CONNECTOR_TYPE_NAME,
    iconClass: 'indexOpen',
    selectMessage: 'Index data into Elasticsearch.',
  };
}
