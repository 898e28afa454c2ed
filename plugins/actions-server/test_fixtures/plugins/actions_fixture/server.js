// Connector types that record what they ran, for the actions plugin's tests.
const { schema } = require('@kbn/config-schema');
const { request } = require('@kbn/connector-sdk');

const noSettings = { config: { schema: schema.object({}) }, secrets: { schema: schema.object({}) } };

exports.plugin = () => {
  const runs = [];
  const hooks = [];
  return {
    setup(core, { actions }) {
      // Something that uses connectors, as rules do: its references count towards referenced_by_count.
      core.savedObjects.registerType({ name: 'fixture-rule', namespaceType: 'single', hidden: false, mappings: { properties: { name: { type: 'text' } } } });
      actions.registerType({
        id: '.test-log',
        name: 'Test log',
        minimumLicenseRequired: 'basic',
        supportedFeatureIds: ['alerting', 'cases'],
        validate: { ...noSettings, params: { schema: schema.object({ message: schema.string() }) } },
        async executor({ actionId, params }) {
          runs.push({ actionId, message: params.message });
          if (params.message === 'throw') throw new Error('the connector blew up');
          if (params.message === 'fail') return { actionId, status: 'error', message: 'it failed', retry: false };
          if (params.message === 'retry') return { actionId, status: 'error', message: 'try again', retry: new Date(Date.now() + 20) };
          return { actionId, status: 'ok', data: { echoed: params.message } };
        },
      });
      actions.registerType({
        id: '.test-http',
        name: 'Test HTTP',
        minimumLicenseRequired: 'gold',
        supportedFeatureIds: ['alerting'],
        validate: {
          config: { schema: schema.object({ url: schema.string() }) },
          secrets: { schema: schema.object({ token: schema.string() }) },
          params: { schema: schema.object({ body: schema.string() }) },
        },
        async executor({ actionId, config, secrets, params, logger, configurationUtilities, signal, connectorUsageCollector }) {
          const response = await request({
            url: config.url,
            method: 'post',
            data: params.body,
            headers: { authorization: `Bearer ${secrets.token}`, 'content-type': 'text/plain' },
            logger,
            configurationUtilities,
            signal,
            connectorUsageCollector,
          });
          return { actionId, status: 'ok', data: { status: response.status } };
        },
      });
      actions.registerType({
        id: '.test-enterprise',
        name: 'Test enterprise',
        minimumLicenseRequired: 'enterprise',
        supportedFeatureIds: ['generativeAIForSecurity'],
        validate: { ...noSettings, params: { schema: schema.object({}) } },
        async executor({ actionId }) {
          return { actionId, status: 'ok' };
        },
      });
      actions.registerType({
        id: '.test-hooks',
        name: 'Test hooks',
        minimumLicenseRequired: 'basic',
        supportedFeatureIds: ['alerting'],
        validate: { config: { schema: schema.object({ label: schema.string() }) }, secrets: { schema: schema.object({}) }, params: { schema: schema.object({}) } },
        async executor({ actionId }) {
          return { actionId, status: 'ok' };
        },
        async preSaveHook({ connectorId, config, isUpdate }) {
          hooks.push(`pre ${connectorId} ${config.label} update=${isUpdate}`);
        },
        async postSaveHook({ connectorId, isUpdate, wasSuccessful }) {
          hooks.push(`post ${connectorId} update=${isUpdate} ok=${wasSuccessful}`);
        },
        async postDeleteHook({ connectorId, config }) {
          hooks.push(`deleted ${connectorId} ${config.label}`);
        },
      });
      actions.registerType({
        id: '.test-system',
        name: 'Test system action',
        minimumLicenseRequired: 'basic',
        supportedFeatureIds: ['alerting'],
        isSystemActionType: true,
        validate: { ...noSettings, params: { schema: schema.object({}) } },
        async executor({ actionId }) {
          return { actionId, status: 'ok' };
        },
      });
    },
    start() {
      return { runs, hooks };
    },
  };
};
