// A plugin with config, a saved object type, a route and contracts.
const { schema } = require('@kbn/config-schema');

exports.config = { schema: schema.object({ greeting: schema.string({ defaultValue: 'hello' }) }) };

exports.plugin = (context) => {
  const { greeting } = context.config.get();
  const log = context.logger.get();
  return {
    setup(core) {
      core.savedObjects.registerType({ name: 'note', namespaceType: 'single', hidden: false, mappings: { properties: { text: { type: 'text' } } } });
      const router = core.http.createRouter();
      router.post({ path: '/api/alpha/note', validate: { body: schema.object({ text: schema.string() }) } }, async (ctx, request, response) => {
        const { savedObjects } = await ctx.core;
        const note = await savedObjects.client.create('note', { text: request.body.text });
        return response.ok({ body: { id: note.id, space: request.spaceId, namespaces: note.namespaces } });
      });
      log.info('alpha set up');
      return { greet: (name) => `${greeting}, ${name}` };
    },
    start() {
      return { started: true };
    },
    stop() {
      log.info('alpha stopped');
    },
  };
};
