import { generateFiles, installPackagesTask, type GeneratorCallback, type Tree } from '@nx/devkit';
import { assertKebabCase, assertPluginIds, namesOf, oneLine } from '../naming';
import { templateFolder } from '../template_folder';
import { assertFreeInWorkspace, readWorkspacePackages, workspaceVersion } from '../workspace_packages';

export interface PluginGeneratorOptions {
  /** kebab-case: plugins/<name> and @kbn/<name>; the plugin id is its camelCase. */
  name: string;
  description?: string;
  requiredPlugins?: string[];
  optionalPlugins?: string[];
  /** Leave out `npm install`, which links the new package into node_modules. */
  skipInstall?: boolean;
}

/** `nx g @kbn/generators:plugin <name>`: a server plugin in plugins/<name>. */
export function pluginGenerator(tree: Tree, options: PluginGeneratorOptions): GeneratorCallback {
  const names = namesOf(assertKebabCase(options.name, 'The plugin name'));
  const pluginId = names.camel;
  const dir = `plugins/${names.kebab}`;
  const requiredPlugins = assertPluginIds(options.requiredPlugins, 'requiredPlugins');
  const optionalPlugins = assertPluginIds(options.optionalPlugins, 'optionalPlugins');
  const listedTwice = requiredPlugins.find((id) => optionalPlugins.includes(id));
  if (listedTwice) throw new Error(`"${listedTwice}" cannot be both a required and an optional plugin.`);
  if ([...requiredPlugins, ...optionalPlugins].includes(pluginId)) throw new Error(`Plugin "${pluginId}" cannot depend on itself.`);

  const packages = readWorkspacePackages(tree);
  assertFreeInWorkspace(tree, packages, { dir, packageName: `@kbn/${names.kebab}`, pluginId });

  const description = oneLine(options.description) || `The ${pluginId} plugin.`;
  generateFiles(tree, templateFolder('plugin'), dir, {
    ...names,
    pluginId,
    description,
    requiredPlugins,
    optionalPlugins,
    configSchemaVersion: workspaceVersion(packages, '@kbn/config-schema'),
    coreServerVersion: workspaceVersion(packages, '@kbn/core-server'),
  });
  return () => {
    if (!options.skipInstall) installPackagesTask(tree, true);
  };
}

export default pluginGenerator;
