import { readJson, type Tree } from '@nx/devkit';
import { createWorkspaceTree, filesUnder } from '../test_workspace.mock';
import { connectorPackageGenerator } from './connector_package_generator';

describe('connector-package generator', () => {
  let tree: Tree;
  const dir = 'packages/connectors-chat-ops';
  const read = (file: string) => tree.read(`${dir}/${file}`, 'utf-8') ?? '';

  beforeEach(() => {
    tree = createWorkspaceTree();
  });

  test('creates the package under packages/connectors-<name>, one folder per connector type on each side', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops', skipInstall: true });
    expect(filesUnder(tree, dir)).toEqual([
      'README.md',
      'jest.config.js',
      'kibana.jsonc',
      'package.json',
      'src/common/index.ts',
      'src/public/actions_contract.ts',
      'src/public/connector_types/chat_ops/chat_ops.ts',
      'src/public/index.ts',
      'src/public/plugin.test.ts',
      'src/public/plugin.ts',
      'src/server/connector_types/chat_ops/chat_ops.test.ts',
      'src/server/connector_types/chat_ops/chat_ops.ts',
      'src/server/connector_types/chat_ops/schema.ts',
      'src/server/index.ts',
      'src/server/plugin.test.ts',
      'src/server/plugin.ts',
      'tsconfig.build.json',
      'tsconfig.json',
    ]);
    for (const file of filesUnder(tree, dir)) expect(read(file)).not.toContain('<%');
  });

  test('package.json: @kbn/connectors-<name> with common, server and public entry points, connectors tags', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops' });
    const pkg = readJson(tree, `${dir}/package.json`);
    expect(pkg).toMatchObject({
      name: '@kbn/connectors-chat-ops',
      description: 'The Chat Ops connector type.',
      nx: { tags: ['type:connectors', 'runtime:isomorphic'] },
    });
    // The versions the workspace has, in alphabetical order.
    expect(pkg.dependencies).toEqual({ '@kbn/actions-server': '1.3.0', '@kbn/config-schema': '1.0.0', '@kbn/connector-sdk': '1.1.0', '@kbn/core-server': '1.2.0' });
    expect(Object.keys(pkg.dependencies)).toEqual(['@kbn/actions-server', '@kbn/config-schema', '@kbn/connector-sdk', '@kbn/core-server']);
    expect(pkg.exports).toEqual({
      './common': { '@kbn/source': './src/common/index.ts', types: './dist/common/index.d.ts', default: './dist/common/index.js' },
      './server': { '@kbn/source': './src/server/index.ts', types: './dist/server/index.d.ts', default: './dist/server/index.js' },
      './public': { '@kbn/source': './src/public/index.ts', types: './dist/public/index.d.ts', default: './dist/public/index.js' },
    });
    expect(Object.keys(pkg.scripts)).toEqual(['build', 'typecheck', 'lint', 'test']);
  });

  test('kibana.jsonc: plugin connectors<Name>, server and browser, requires actions', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops', description: 'Posts to chat rooms.' });
    expect(read('kibana.jsonc')).toMatch(/^\/\/ Posts to chat rooms\.\n/);
    expect(readJson(tree, `${dir}/kibana.jsonc`)).toEqual({
      type: 'plugin',
      id: '@kbn/connectors-chat-ops',
      plugin: { id: 'connectorsChatOps', server: true, browser: true, requiredPlugins: ['actions'], optionalPlugins: [] },
    });
  });

  test('the example type: its id in common, registered by the server plugin, its model by the browser plugin', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops' });
    expect(read('src/common/index.ts')).toContain("export const CHAT_OPS_CONNECTOR_TYPE_ID = '.chat-ops';");
    expect(read('src/common/index.ts')).toContain("export const CHAT_OPS_CONNECTOR_TYPE_NAME = 'Chat Ops';");
    expect(read('src/server/plugin.ts')).toContain('actions.registerType(getChatOpsConnectorType());');
    expect(read('src/server/plugin.ts')).toContain('export class ConnectorsChatOpsServerPlugin implements Plugin<void, void, ConnectorsChatOpsServerSetupDeps> {');
    expect(read('src/server/index.ts')).toContain('export const plugin: PluginInitializer<void, void, ConnectorsChatOpsServerSetupDeps>');
    expect(read('src/server/connector_types/chat_ops/chat_ops.ts')).toContain('export function getChatOpsConnectorType(): ConnectorType<ChatOpsConfig, ChatOpsSecrets, ChatOpsParams> {');
    expect(read('src/public/plugin.ts')).toContain('actions.connectorTypeRegistry.register(getChatOpsConnectorTypeModel());');
  });

  test('the server side uses the real actions contract and connector SDK; only the browser side has a stand-in', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops' });
    expect(read('src/server/plugin.ts')).toContain("import type { ActionsServerSetup } from '@kbn/actions-server/server';");
    expect(read('src/server/plugin.ts')).toContain('export interface ConnectorsChatOpsServerSetupDeps {\n  actions: ActionsServerSetup;\n}');
    expect(read('src/server/connector_types/chat_ops/chat_ops.ts')).toContain("import { AlertingConnectorFeatureId, successResult, type ConnectorType } from '@kbn/connector-sdk';");
    for (const file of filesUnder(tree, `${dir}/src/server`)) expect(read(`src/server/${file}`)).not.toMatch(/actions_contract|Like\b/);
    expect(read('src/public/actions_contract.ts')).toContain('export interface ActionsPublicSetupLike {');
    expect(read('README.md')).toContain('`src/public/actions_contract.ts` types the little\nthis package needs from it');
  });

  test('the server test starts a real server with the actions plugin and uses the connectors API', () => {
    connectorPackageGenerator(tree, { name: 'chat-ops' });
    const test = read('src/server/plugin.test.ts');
    expect(test).toContain("plugins: ['connectorsChatOps'],");
    expect(test).toContain("pluginSearchPaths: [join(repoRoot, 'plugins'), join(repoRoot, 'packages')],");
    expect(test).toContain("api('POST', '/api/actions/connector/my-chat-ops/_execute', { params: { message: 'hello', level: 'warn' } })");
    expect(test).toContain("message: 'error validating action params: [message]: value has length [0] but it must have a minimum length of [1].',");
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
      expect(() => connectorPackageGenerator(tree, { name: 'chat ops' })).toThrow('The connector package name must be kebab-case');
    });

    test('a name with the connectors- prefix', () => {
      expect(() => connectorPackageGenerator(tree, { name: 'connectors-chat-ops' })).toThrow(
        'Give the name without the "connectors-" prefix (the generator adds it): "chat-ops".'
      );
    });

    test('a folder that exists', () => {
      tree.write(`${dir}/README.md`, 'taken');
      before = written();
      expect(() => connectorPackageGenerator(tree, { name: 'chat-ops' })).toThrow('Cannot create packages/connectors-chat-ops: the folder already exists.');
    });

    test.each([
      ['plugins/actions-server', '@kbn/actions-server'],
      ['packages/connector-sdk', '@kbn/connector-sdk'],
    ])('a workspace without %s', (folder, name) => {
      tree.delete(folder);
      before = written();
      expect(() => connectorPackageGenerator(tree, { name: 'chat-ops' })).toThrow(`${name} is not a package of this workspace, and the generated package depends on it.`);
    });

    test('a plugin id another plugin has', () => {
      tree.write('plugins/chat/package.json', '{ "name": "@kbn/chat", "version": "1.0.0" }');
      tree.write('plugins/chat/kibana.jsonc', '{ "type": "plugin", "id": "@kbn/chat", "plugin": { "id": "connectorsChatOps" } }');
      before = written();
      expect(() => connectorPackageGenerator(tree, { name: 'chat-ops' })).toThrow(
        'Cannot create plugin "connectorsChatOps": plugins/chat/kibana.jsonc already has that plugin id.'
      );
    });
  });
});
