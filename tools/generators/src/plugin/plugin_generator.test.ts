import { readJson, type Tree } from '@nx/devkit';
import { createWorkspaceTree, filesUnder } from '../test_workspace.mock';
import { pluginGenerator } from './plugin_generator';

describe('plugin generator', () => {
  let tree: Tree;
  const read = (file: string) => tree.read(`plugins/demo-thing/${file}`, 'utf-8') ?? '';

  beforeEach(() => {
    tree = createWorkspaceTree();
  });

  test('creates the plugin under plugins/<name>', () => {
    pluginGenerator(tree, { name: 'demo-thing', skipInstall: true });
    expect(filesUnder(tree, 'plugins/demo-thing')).toEqual([
      'README.md',
      'jest.config.js',
      'kibana.jsonc',
      'package.json',
      'src/server/config.ts',
      'src/server/index.ts',
      'src/server/plugin.test.ts',
      'src/server/plugin.ts',
      'tsconfig.build.json',
      'tsconfig.json',
    ]);
    for (const file of filesUnder(tree, 'plugins/demo-thing')) expect(read(file)).not.toContain('<%');
  });

  test('package.json: @kbn/<name>, the ./server entry point, targets, tags, core at its workspace versions', () => {
    pluginGenerator(tree, { name: 'demo-thing', description: 'Shows a "demo"\n thing.' });
    expect(readJson(tree, 'plugins/demo-thing/package.json')).toEqual({
      name: '@kbn/demo-thing',
      version: '1.0.0',
      private: true,
      license: 'Elastic-2.0',
      description: 'Shows a "demo" thing.',
      exports: {
        './server': { '@kbn/source': './src/server/index.ts', types: './dist/server/index.d.ts', default: './dist/server/index.js' },
      },
      scripts: {
        build: 'tsc -p tsconfig.build.json',
        typecheck: 'tsc -p tsconfig.json --noEmit',
        lint: 'eslint -c ../../tools/eslint/eslint.config.mjs src',
        test: 'jest',
      },
      nx: { tags: ['type:plugin', 'runtime:node'] },
      dependencies: { '@kbn/config-schema': '1.0.0', '@kbn/core-server': '1.2.0' },
    });
    expect(read('jest.config.js')).toContain("displayName: '@kbn/demo-thing'");
    expect(readJson(tree, 'plugins/demo-thing/tsconfig.json')).toMatchObject({ extends: '../../tsconfig.base.json' });
  });

  test('kibana.jsonc: camelCase id, server only, its own configPath, the dependencies given', () => {
    pluginGenerator(tree, { name: 'demo-thing', requiredPlugins: ['encryptedSavedObjects'], optionalPlugins: ['spaces'] });
    expect(read('kibana.jsonc')).toMatch(/^\/\/ The demoThing plugin\.\n/);
    expect(readJson(tree, 'plugins/demo-thing/kibana.jsonc')).toEqual({
      type: 'plugin',
      id: '@kbn/demo-thing',
      plugin: {
        id: 'demoThing',
        server: true,
        browser: false,
        configPath: ['demoThing'],
        requiredPlugins: ['encryptedSavedObjects'],
        optionalPlugins: ['spaces'],
      },
    });
  });

  test('server code: plugin and config as the entry point, typed contracts, the status route', () => {
    pluginGenerator(tree, { name: 'demo-thing' });
    expect(read('src/server/index.ts')).toContain("export { config, type DemoThingConfig } from './config';");
    expect(read('src/server/index.ts')).toContain('export const plugin: PluginInitializer<DemoThingServerSetup, DemoThingServerStart> = () => new DemoThingServerPlugin();');
    expect(read('src/server/index.ts').match(/^export .*$/gm)).toHaveLength(3);
    expect(read('src/server/plugin.ts')).toContain('export class DemoThingServerPlugin implements Plugin<DemoThingServerSetup, DemoThingServerStart> {');
    expect(read('src/server/plugin.ts')).toContain("router.get({ path: '/api/demo_thing/_status', validate: false }");
    expect(read('src/server/plugin.ts')).not.toContain('Deps');
    expect(read('src/server/config.ts')).toContain('enabled: schema.boolean({ defaultValue: true })');
    expect(read('src/server/plugin.test.ts')).toContain("createTestRoot({ plugins: ['demoThing'] })");
  });

  test('the dependencies become typed setup and start dependencies', () => {
    pluginGenerator(tree, { name: 'demo-thing', requiredPlugins: ['encryptedSavedObjects'], optionalPlugins: ['spaces'] });
    const plugin = read('src/server/plugin.ts');
    expect(plugin).toContain('export interface DemoThingServerSetupDeps {\n  encryptedSavedObjects: unknown;\n  spaces?: unknown;\n}');
    expect(plugin).toContain('export interface DemoThingServerStartDeps {\n  encryptedSavedObjects: unknown;\n  spaces?: unknown;\n}');
    expect(plugin).toContain('implements Plugin<DemoThingServerSetup, DemoThingServerStart, DemoThingServerSetupDeps, DemoThingServerStartDeps>');
    expect(plugin).toContain('public setup(core: CoreSetup<DemoThingServerStartDeps, DemoThingServerStart>)');
  });

  describe('refuses, and writes nothing,', () => {
    const written = () => tree.listChanges().map((change) => change.path);
    let before: string[];

    beforeEach(() => {
      before = written();
    });

    afterEach(() => {
      expect(written()).toEqual(before);
    });

    test('a name that is not kebab-case', () => {
      expect(() => pluginGenerator(tree, { name: 'DemoThing' })).toThrow('The plugin name must be kebab-case');
    });

    test('a folder that exists', () => {
      expect(() => pluginGenerator(tree, { name: 'encrypted-saved-objects' })).toThrow(
        'Cannot create plugins/encrypted-saved-objects: the folder already exists.'
      );
    });

    test('a package name another package has', () => {
      expect(() => pluginGenerator(tree, { name: 'test' })).toThrow('Cannot create package @kbn/test: packages/kbn-test/package.json already has that name.');
    });

    test('a plugin id another plugin has', () => {
      tree.write('packages/other/package.json', '{ "name": "@kbn/other", "version": "1.0.0" }');
      tree.write('packages/other/kibana.jsonc', '{ "type": "plugin", "id": "@kbn/other", "plugin": { "id": "demoThing" } }');
      before = written();
      expect(() => pluginGenerator(tree, { name: 'demo-thing' })).toThrow(
        'Cannot create plugin "demoThing": packages/other/kibana.jsonc already has that plugin id.'
      );
    });

    test('dependencies that are not plugin ids, listed twice, or itself', () => {
      expect(() => pluginGenerator(tree, { name: 'demo-thing', requiredPlugins: ['Spaces!'] })).toThrow(
        'requiredPlugins must list plugin ids in camelCase, as in kibana.jsonc (e.g. "encryptedSavedObjects"); got "Spaces!".'
      );
      expect(() => pluginGenerator(tree, { name: 'demo-thing', requiredPlugins: ['spaces'], optionalPlugins: ['spaces'] })).toThrow(
        '"spaces" cannot be both a required and an optional plugin.'
      );
      expect(() => pluginGenerator(tree, { name: 'demo-thing', optionalPlugins: ['demoThing'] })).toThrow('Plugin "demoThing" cannot depend on itself.');
    });
  });
});
