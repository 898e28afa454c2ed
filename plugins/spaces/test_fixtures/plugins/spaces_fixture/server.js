// Notes live in one space each (`single`); the routes read and write them in the request's space
// and report what the spaces plugin's setup and start contracts say about the request.
const { schema } = require('@kbn/config-schema');

const NOTE = 'fixture-note';

exports.plugin = () => ({
  setup(core, { spaces }) {
    core.savedObjects.registerType({ name: NOTE, namespaceType: 'single', hidden: false, mappings: { properties: { text: { type: 'text' } } } });
    const router = core.http.createRouter();

    router.post({ path: '/api/spaces_fixture/note', validate: { body: schema.object({ text: schema.string() }) } }, async (ctx, request, response) => {
      const { savedObjects } = await ctx.core;
      const note = await savedObjects.client.create(NOTE, { text: request.body.text });
      return response.ok({ body: { id: note.id, namespaces: note.namespaces } });
    });

    router.get({ path: '/api/spaces_fixture/notes', validate: false }, async (ctx, _request, response) => {
      const { savedObjects } = await ctx.core;
      const found = await savedObjects.client.find({ type: NOTE, perPage: 100 });
      return response.ok({ body: { texts: found.saved_objects.map((note) => note.attributes.text).sort() } });
    });

    // Not an API call: stands for a page, which the unknown-space check lets through.
    router.get({ path: '/spaces_fixture/page', validate: false }, async (_ctx, request, response) => response.ok({ body: { spaceId: request.spaceId } }));

    router.get({ path: '/api/spaces_fixture/space', validate: false }, async (_ctx, request, response) => {
      const [, started] = await core.getStartServices();
      const service = started.spaces.spacesService;
      const spaceId = service.getSpaceId(request);
      const namespace = service.spaceIdToNamespace(spaceId);
      return response.ok({
        body: {
          setupSpaceId: spaces.spacesService.getSpaceId(request),
          spaceId,
          isInDefaultSpace: service.isInDefaultSpace(request),
          namespace: namespace === undefined ? null : namespace,
          namespaceToSpaceId: service.namespaceToSpaceId(namespace),
          activeSpace: await service.getActiveSpace(request),
          clientSees: (await service.createSpacesClient(request).getAll()).map((space) => space.id),
        },
      });
    });
  },
  start() {},
});
