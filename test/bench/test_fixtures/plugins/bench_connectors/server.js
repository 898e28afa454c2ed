// Connector types for the benchmarks, until the real ones exist:
// - `.bench-webhook` POSTs its params' body to its URL through @kbn/connector-sdk's request(), as
//   Kibana's `.webhook` does (the real webhook type comes with the alerting connectors);
// - `.bench-log` writes its message to the server log, as `.server-log` does (not built yet).
// Its start contract hands the benchmarks the event log's writer (seeding events fast).
const { schema } = require('@kbn/config-schema');
const { request } = require('@kbn/connector-sdk');

exports.plugin = () => {
  let eventLogSetup;
  return {
    setup(_core, { actions, eventLog }) {
      eventLogSetup = eventLog;
      actions.registerType({
        id: '.bench-webhook',
        name: 'Bench webhook',
        minimumLicenseRequired: 'basic',
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
            headers: { authorization: `Bearer ${secrets.token}`, 'content-type': 'application/json' },
            logger,
            configurationUtilities,
            signal,
            connectorUsageCollector,
          });
          return { actionId, status: 'ok', data: { status: response.status } };
        },
      });
      actions.registerType({
        id: '.bench-log',
        name: 'Bench log',
        minimumLicenseRequired: 'basic',
        supportedFeatureIds: ['alerting'],
        validate: {
          config: { schema: schema.object({}) },
          secrets: { schema: schema.object({}) },
          params: { schema: schema.object({ message: schema.string(), level: schema.string({ defaultValue: 'info' }) }) },
        },
        async executor({ actionId, params, logger }) {
          logger.info(`Server log: ${params.message}`);
          return { actionId, status: 'ok' };
        },
      });
    },
    start() {
      return { eventLog: eventLogSetup };
    },
  };
};
