// Registers encrypted saved object types and exposes the request's saved objects client over HTTP,
// so tests reach the encryption wrapper the way route handlers do.
const { schema } = require('@kbn/config-schema');

const METHODS = ['create', 'bulkCreate', 'get', 'bulkGet', 'find', 'update', 'delete'];

exports.plugin = () => ({
  setup(core, { encryptedSavedObjects }) {
    core.savedObjects.registerType({
      name: 'secret-note',
      namespaceType: 'single',
      hidden: false,
      mappings: { properties: { name: { type: 'keyword' } } },
    });
    core.savedObjects.registerType({ name: 'hidden-secret', namespaceType: 'single', hidden: true, mappings: { properties: {} } });
    core.savedObjects.registerType({ name: 'global-secret', namespaceType: 'agnostic', hidden: false, mappings: { properties: {} } });
    core.savedObjects.registerType({ name: 'plain-note', namespaceType: 'single', hidden: false, mappings: { properties: {} } });

    encryptedSavedObjects.registerType({
      type: 'secret-note',
      attributesToEncrypt: new Set(['secrets', { key: 'exposedSecret', dangerouslyExposeValue: true }]),
      attributesToIncludeInAAD: new Set(['name', 'config']),
    });
    encryptedSavedObjects.registerType({ type: 'hidden-secret', attributesToEncrypt: new Set(['secrets']) });
    encryptedSavedObjects.registerType({ type: 'global-secret', attributesToEncrypt: new Set(['secrets']), attributesToIncludeInAAD: new Set(['name']) });

    const router = core.http.createRouter();
    router.post(
      {
        path: '/api/eso_fixture/client/{method}',
        validate: {
          params: schema.object({ method: schema.oneOf(METHODS.map((method) => schema.literal(method))) }),
          body: schema.object({ args: schema.arrayOf(schema.any()), includeHidden: schema.boolean({ defaultValue: false }) }),
        },
      },
      async (context, request, response) => {
        const { savedObjects } = await context.core;
        const client = request.body.includeHidden ? savedObjects.getClient({ includedHiddenTypes: ['hidden-secret'] }) : savedObjects.client;
        const result = await client[request.params.method](...request.body.args);
        return response.ok({ body: { result: result ?? null } });
      }
    );
    return {};
  },
  start() {
    return {};
  },
});
