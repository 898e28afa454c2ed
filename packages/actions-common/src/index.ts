export {
  ACTIONS_FEATURE_ID,
  BASE_ACTION_API_PATH,
  CONNECTOR_ID_MAX_LENGTH,
  INTERNAL_BASE_ACTION_API_PATH,
} from './constants';

export {
  AgentBuilderConnectorFeatureId,
  AlertingConnectorFeatureId,
  CONNECTOR_FEATURE_IDS,
  CasesConnectorFeatureId,
  type ConnectorFeatureId,
  ContextEngineConnectorFeatureId,
  EndpointSecurityConnectorFeatureId,
  GenerativeAIForObservabilityConnectorFeatureId,
  GenerativeAIForSearchPlaygroundConnectorFeatureId,
  GenerativeAIForSecurityConnectorFeatureId,
  SecurityConnectorFeatureId,
  UptimeConnectorFeatureId,
  WorkflowsConnectorFeatureId,
  areValidFeatures,
  isConnectorFeatureId,
} from './connector_feature_ids';

export {
  CONNECTOR_ID_INVALID_CHARACTERS_MESSAGE,
  CONNECTOR_ID_REQUIRED_MESSAGE,
  CONNECTOR_ID_RESERVED_MESSAGE,
  CONNECTOR_ID_TOO_LONG_MESSAGE,
  isValidConnectorId,
  validateConnectorId,
} from './connector_id/validate_connector_id';
export { isPrototypePollutionKey, isUnsafeId } from './connector_id/is_unsafe_id';
export { SLUG_INPUT_MAX_LENGTH, toSlugIdentifier } from './connector_id/to_slug_identifier';
export { suggestConnectorId } from './connector_id/suggest_connector_id';

export { DecodeError, type DecodeResult, decode, decodeOrThrow } from './decoding/decode';
export { type DecodeProblem, formatDecodeProblem } from './decoding/format_validation_errors';

export {
  type ConnectorListItemResponse,
  type ConnectorResponse,
  type GetAllConnectorsResponse,
  connectorListItemResponseCodec,
  connectorResponseCodec,
  getAllConnectorsResponseCodec,
} from './responses/connector';
export {
  type ConnectorIdAvailabilityResponse,
  connectorIdAvailabilityResponseCodec,
} from './responses/connector_id_availability';
export {
  type ConnectorTypeResponse,
  type GetAllConnectorTypesResponse,
  type LicenseType,
  connectorTypeResponseCodec,
  getAllConnectorTypesResponseCodec,
  licenseTypeCodec,
} from './responses/connector_type';
export {
  type ConnectorExecuteResponse,
  connectorExecuteResponseCodec,
} from './responses/connector_execute';
export { type ErrorResponseBody, errorResponseBodyCodec } from './responses/error_response_body';
export { isoDateStringCodec } from './responses/iso_date_string';
