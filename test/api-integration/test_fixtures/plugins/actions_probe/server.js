// `.probe` appends `<run id>\n` to `params.file` on every run.
const { appendFileSync } = require('node:fs');
const { schema } = require('@kbn/config-schema');

exports.plugin = () => ({
  setup(core, { actions }) {
    actions.registerType({
      id: '.probe',
      name: 'Probe',
      minimumLicenseRequired: 'basic',
      supportedFeatureIds: ['alerting'],
      validate: {
        config: { schema: schema.object({}) },
        secrets: { schema: schema.object({}) },
        params: { schema: schema.object({ file: schema.string(), run: schema.string() }) },
      },
      async executor({ actionId, params }) {
        appendFileSync(params.file, `${params.run}\n`);
        return { actionId, status: 'ok' };
      },
    });
    core.http.createRouter().post(
      { path: '/api/actions_probe/_enqueue', validate: { body: schema.object({ id: schema.string(), params: schema.recordOf(schema.string(), schema.any()) }) } },
      async (_context, request, response) => {
        const [, { actions: actionsStart }] = await core.getStartServices();
        await actionsStart.enqueueExecution({ id: request.body.id, params: request.body.params, spaceId: request.spaceId });
        return response.noContent();
      }
    );
  },
  start() {},
});
