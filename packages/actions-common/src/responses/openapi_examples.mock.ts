/*
 * Response examples from Kibana's connectors OpenAPI spec (8.x), as data for the codec tests. The
 * 8.x examples predate some fields every 9.x server sends (`is_deprecated` on connector types,
 * `is_connector_type_deprecated` on connectors); `asNewestKibana*` add them.
 */

export const createEmailConnectorResponse = {
  id: '90a82c60-478f-11ee-a343-f98a117c727f',
  connector_type_id: '.email',
  name: 'email-connector-1',
  config: {
    from: 'tester@example.com',
    service: 'other',
    host: 'https://example.com',
    port: 1025,
    secure: false,
    hasAuth: true,
    tenantId: null,
    clientId: null,
    oauthTokenUrl: null,
  },
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
};

export const createIndexConnectorResponse = {
  id: 'c55b6eb0-6bad-11eb-9f3b-611eebc6c3ad',
  connector_type_id: '.index',
  name: 'my-connector',
  config: { index: 'test-index', refresh: false, executionTimeField: null },
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
};

export const createWebhookConnectorResponse = {
  id: '900eb010-3b9d-11ee-a642-8ffbb94e38bd',
  name: 'my-webhook-connector',
  config: {
    method: 'post',
    url: 'https://example.com',
    authType: 'webhook-authentication-ssl',
    certType: 'ssl-crt-key',
    verificationMode: 'full',
    headers: null,
    hasAuth: true,
  },
  connector_type_id: '.webhook',
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
};

export const createXmattersConnectorResponse = {
  id: '4d2d8da0-4d1f-11ee-9367-577408be4681',
  name: 'my-xmatters-connector',
  config: { usesBasic: false, configUrl: null },
  connector_type_id: '.xmatters',
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
};

export const getConnectorResponse = {
  id: 'df770e30-8b8b-11ed-a780-3b746c987a81',
  name: 'my_server_log_connector',
  config: {},
  connector_type_id: '.server-log',
  is_preconfigured: false,
  is_deprecated: false,
  is_missing_secrets: false,
  is_system_action: false,
};

export const getConnectorsResponse = [
  {
    id: 'preconfigured-email-connector',
    name: 'my-preconfigured-email-notification',
    connector_type_id: '.email',
    is_preconfigured: true,
    is_deprecated: false,
    referenced_by_count: 0,
    is_system_action: false,
  },
  {
    id: 'e07d0c80-8b8b-11ed-a780-3b746c987a81',
    name: 'my-index-connector',
    config: { index: 'test-index', refresh: false, executionTimeField: null },
    connector_type_id: '.index',
    is_preconfigured: false,
    is_deprecated: false,
    referenced_by_count: 2,
    is_missing_secrets: false,
    is_system_action: false,
  },
];

export const getConnectorTypesGenerativeAiResponse = [
  {
    id: '.gen-ai',
    name: 'OpenAI',
    enabled: true,
    enabled_in_config: true,
    enabled_in_license: true,
    minimum_license_required: 'enterprise',
    supported_feature_ids: ['generativeAI'],
    is_system_action_type: false,
  },
  {
    id: '.bedrock',
    name: 'AWS Bedrock',
    enabled: true,
    enabled_in_config: true,
    enabled_in_license: true,
    minimum_license_required: 'enterprise',
    supported_feature_ids: ['generativeAI'],
    is_system_action_type: false,
  },
];

export const getConnectorTypesResponse = [
  {
    id: '.swimlane',
    name: 'Swimlane',
    enabled: true,
    enabled_in_config: true,
    enabled_in_license: true,
    minimum_license_required: 'gold',
    supported_feature_ids: ['alerting', 'cases', 'siem'],
  },
  {
    id: '.index',
    name: 'Index',
    enabled: true,
    enabled_in_config: true,
    enabled_in_license: true,
    minimum_license_required: 'basic',
    supported_feature_ids: ['alerting', 'uptime', 'siem'],
  },
  {
    id: '.server-log',
    name: 'Server log',
    enabled: true,
    enabled_in_config: true,
    enabled_in_license: true,
    minimum_license_required: 'basic',
    supported_feature_ids: ['alerting', 'uptime'],
  },
];

export const runIndexConnectorResponse = {
  connector_id: 'fd38c600-96a5-11ed-bb79-353b74189cba',
  data: {
    errors: false,
    items: [
      {
        create: {
          _id: '4JtvwYUBrcyxt2NnfW3y',
          _index: 'my-index',
          _primary_term: 1,
          _seq_no: 0,
          _shards: { failed: 0, successful: 1, total: 2 },
          _version: 1,
          result: 'created',
          status: 201,
        },
      },
    ],
    took: 135,
  },
  status: 'ok',
};

export const runJiraConnectorResponse = {
  connector_id: 'b3aad810-edbe-11ec-82d1-11348ecbf4a6',
  data: [
    { id: 10024, name: 'Improvement' },
    { id: 10006, name: 'Task' },
    { id: 10007, name: 'Sub-task' },
    { id: 10025, name: 'New Feature' },
    { id: 10023, name: 'Bug' },
    { id: 10000, name: 'Epic' },
  ],
  status: 'ok',
};

export const runServerLogConnectorResponse = {
  connector_id: '7fc7b9a0-ecc9-11ec-8736-e7d63118c907',
  status: 'ok',
};

export const runSwimlaneConnectorResponse = {
  connector_id: 'a4746470-2f94-11ed-b0e0-87533c532698',
  data: {
    id: 'aKPmBHWzmdRQtx6Mx',
    title: 'TEST-457',
    url: 'https://elastic.swimlane.url.us/record/aNcL2xniGHGpa2AHb/aKPmBHWzmdRQtx6Mx',
    pushedDate: '2022-09-08T16:52:27.866Z',
    comments: [{ commentId: 1, pushedDate: '2022-09-08T16:52:27.865Z' }],
  },
  status: 'ok',
};

export const notFoundResponse = {
  statusCode: 404,
  error: 'Not Found',
  message: 'Saved object [action/baf33fc0-920c-11ed-b36a-874bd1548a00] not found',
};

export const unauthorizedResponse = {
  statusCode: 401,
  error: 'Unauthorized',
  message: '[security_exception]: missing authentication credentials for REST request',
};

/** A connector as Kibana 9.x sends it: the 8.x example plus the newer flag. */
export function asNewestKibanaConnector<C extends object>(connector: C) {
  return { ...connector, is_connector_type_deprecated: false };
}

/** A connector type as Kibana 9.x sends it: the 8.x example plus the fields it now always has. */
export function asNewestKibanaConnectorType<C extends object>(connectorType: C) {
  return { is_system_action_type: false, ...connectorType, is_deprecated: false, source: 'stack' };
}
