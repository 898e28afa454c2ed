/** Where the public connectors API lives (`/api/actions/connector`, `/api/actions/connectors` ...). */
export const BASE_ACTION_API_PATH = '/api/actions';

/** Where the routes only Kibana's own UI calls live (`/internal/actions/connectors` ...). */
export const INTERNAL_BASE_ACTION_API_PATH = '/internal/actions';

/** The actions plugin's feature id, as privileges and the management app name it. */
export const ACTIONS_FEATURE_ID = 'actions';

/** A connector id is 1 to 36 characters: a UUID fits exactly, so generated ids are valid too. */
export const CONNECTOR_ID_MAX_LENGTH = 36;
