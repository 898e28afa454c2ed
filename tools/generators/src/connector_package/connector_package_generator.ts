import { generateFiles, installPackagesTask, type GeneratorCallback, type Tree } from '@nx/devkit';
import { assertKebabCase, namesOf, oneLine } from '../naming';
import { templateFolder } from '../template_folder';
import { assertFreeInWorkspace, readWorkspacePackages, workspaceVersion } from '../workspace_packages';

export interface ConnectorPackageGeneratorOptions {
  /** kebab-case, without `connectors-`: packages/connectors-<name>, and the example type `.<name>`. */
  name: string;
  description?: string;
  /** Leave out `npm install`, which links the new package into node_modules. */
  skipInstall?: boolean;
}

/** `nx g @kbn/generators:connector-package <name>`: a connector-type package in packages/connectors-<name>. */
export function connectorPackageGenerator(tree: Tree, options: ConnectorPackageGeneratorOptions): GeneratorCallback {
  const name = assertKebabCase(options.name, 'The connector package name');
  if (name.startsWith('connectors-')) {
    throw new Error(`Give the name without the "connectors-" prefix (the generator adds it): "${name.slice('connectors-'.length)}".`);
  }
  const pkg = namesOf(`connectors-${name}`);
  const type = namesOf(name);
  const dir = `packages/${pkg.kebab}`;

  const packages = readWorkspacePackages(tree);
  assertFreeInWorkspace(tree, packages, { dir, packageName: `@kbn/${pkg.kebab}`, pluginId: pkg.camel });

  generateFiles(tree, templateFolder('connector_package'), dir, {
    pkg,
    type,
    typeId: `.${type.kebab}`,
    // The `__typeFile__` segment of template paths.
    typeFile: type.snake,
    description: oneLine(options.description) || `The ${type.title} connector type.`,
    actionsServerVersion: workspaceVersion(packages, '@kbn/actions-server'),
    configSchemaVersion: workspaceVersion(packages, '@kbn/config-schema'),
    connectorSdkVersion: workspaceVersion(packages, '@kbn/connector-sdk'),
    coreServerVersion: workspaceVersion(packages, '@kbn/core-server'),
  });
  return () => {
    if (!options.skipInstall) installPackagesTask(tree, true);
  };
}

export default connectorPackageGenerator;
