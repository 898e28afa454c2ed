import { CASES_CONNECTOR_TYPE_ID, CASES_CONNECTOR_TYPE_NAME } from '../../../common';
import type { ConnectorTypeModelLike } from '../../actions_contract';

export function getCasesConnectorTypeModel(): ConnectorTypeModelLike {
  return {
    id: CASES_CONNECTOR_TYPE_ID,
    actionTypeTitle: CASES_CONNECTOR_TYPE_NAME,
    iconClass: 'casesApp',
    selectMessage: 'Create a case in Kibana.',
  };
}
