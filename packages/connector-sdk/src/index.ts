// What connector packages need from the actions plugin, exported on purpose (see README.md).

// connector types: model, results, feature ids, usage
export * from './connector_type/connector_type';
export * from './connector_type/connector_usage_collector';
export * from './connector_type/executor_result';
export * from './connector_type/feature_ids';
export * from './errors/error_source';
export * from './errors/message_of';

// sub-action connectors
export * from './sub_action/create_sub_action_connector_type';
export * from './sub_action/sub_action_connector';
export * from './sub_action/sub_action_connector_type';
export * from './sub_action/url_validators';

// calling out
export * from './outbound/axios_error_message';
export * from './outbound/basic_auth_header';
export * from './outbound/configuration_utilities';
export * from './outbound/custom_agents';
export { getCanonicalCustomHostUrl } from './outbound/custom_host_settings';
export * from './outbound/outbound_config_schema';
export * from './outbound/request';
export * from './outbound/response_validation';
export * from './outbound/retry_after';
export * from './outbound/ssl_settings';
export * from './outbound/user_agent';

// templating
export { getMustacheLambdas } from './templating/mustache_lambdas';
export * from './templating/mustache_renderer';
