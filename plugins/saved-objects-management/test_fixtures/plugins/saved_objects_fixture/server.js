// A plain importable type with references and hooks, and a type that may not leave the server.
exports.plugin = () => ({
  setup(core) {
    core.savedObjects.registerType({
      name: 'fixture-item',
      namespaceType: 'single',
      hidden: false,
      mappings: { properties: { title: { type: 'text' } } },
      management: {
        importableAndExportable: true,
        icon: 'document',
        getTitle: (object) => `Item: ${object.attributes.title}`,
        // Exported objects carry a mark, so tests see the hook ran on every page.
        onExport: (_context, objects) => objects.map((object) => ({ ...object, attributes: { ...object.attributes, exported: true } })),
        isExportable: (object) => object.attributes.title !== 'private',
        onImport: (objects) => ({ warnings: objects.some((o) => o.attributes.warn) ? [{ type: 'simple', message: 'fixture-item warning' }] : [] }),
      },
    });
    core.savedObjects.registerType({
      name: 'fixture-secret',
      namespaceType: 'single',
      hidden: false,
      mappings: { properties: {} },
      management: { importableAndExportable: false },
    });
  },
  start() {
    return {};
  },
});
