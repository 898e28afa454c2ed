import { writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';

/** An empty Nx workspace laid out like this repository: npm workspaces, core's packages, the connector SDK, two plugins. */
export function createWorkspaceTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  writeJson(tree, 'package.json', { name: '@kbn/root', private: true, workspaces: ['packages/*', 'plugins/*', 'tools/*'] });
  writeJson(tree, 'packages/kbn-config-schema/package.json', { name: '@kbn/config-schema', version: '1.0.0' });
  writeJson(tree, 'packages/core-server/package.json', { name: '@kbn/core-server', version: '1.2.0' });
  writeJson(tree, 'packages/kbn-test/package.json', { name: '@kbn/test', version: '1.0.0' });
  writeJson(tree, 'packages/connector-sdk/package.json', { name: '@kbn/connector-sdk', version: '1.1.0' });
  writeJson(tree, 'plugins/actions-server/package.json', { name: '@kbn/actions-server', version: '1.3.0' });
  tree.write('plugins/actions-server/kibana.jsonc', '{ "type": "plugin", "id": "@kbn/actions-server", "plugin": { "id": "actions", "server": true } }\n');
  writeJson(tree, 'plugins/encrypted-saved-objects/package.json', { name: '@kbn/encrypted-saved-objects', version: '1.0.0' });
  tree.write(
    'plugins/encrypted-saved-objects/kibana.jsonc',
    '// a manifest with comments and trailing commas\n{ "type": "plugin", "id": "@kbn/encrypted-saved-objects", "plugin": { "id": "encryptedSavedObjects", "server": true, }, }\n'
  );
  return tree;
}

/** The files under a folder, relative to it, sorted. */
export function filesUnder(tree: Tree, dir: string): string[] {
  const files: string[] = [];
  const visit = (path: string) => {
    for (const child of tree.children(path)) {
      const childPath = `${path}/${child}`;
      if (tree.isFile(childPath)) files.push(childPath.slice(dir.length + 1));
      else visit(childPath);
    }
  };
  visit(dir);
  return files.sort();
}
