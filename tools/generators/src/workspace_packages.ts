import { readJson, type Tree } from '@nx/devkit';

/** A package of the workspace, as its package.json and kibana.jsonc describe it. */
export interface WorkspacePackage {
  /** Its folder from the workspace root, e.g. `plugins/spaces`. */
  dir: string;
  name: string;
  version: string;
  /** `plugin.id` of its kibana.jsonc, when the package is a plugin. */
  pluginId?: string;
}

interface Manifest {
  type?: string;
  plugin?: { id?: string };
}

/** Every package matched by the root package.json's `workspaces` (`<folder>/*` patterns). */
export function readWorkspacePackages(tree: Tree): WorkspacePackage[] {
  const { workspaces = [] } = readJson<{ workspaces?: string[] }>(tree, 'package.json');
  const packages: WorkspacePackage[] = [];
  for (const pattern of workspaces) {
    const folder = /^([\w.-]+)\/\*$/.exec(pattern)?.[1];
    if (!folder) throw new Error(`The root package.json has the workspaces pattern "${pattern}"; the generators understand only "<folder>/*".`);
    for (const child of tree.children(folder)) {
      const dir = `${folder}/${child}`;
      if (!tree.exists(`${dir}/package.json`)) continue;
      const { name, version } = readJson<{ name: string; version: string }>(tree, `${dir}/package.json`);
      const manifest = tree.exists(`${dir}/kibana.jsonc`) ? readJson<Manifest>(tree, `${dir}/kibana.jsonc`) : undefined;
      packages.push({ dir, name, version, pluginId: manifest?.type === 'plugin' ? manifest.plugin?.id : undefined });
    }
  }
  return packages;
}

/** Throws unless a new package may take this folder, package name and plugin id. */
export function assertFreeInWorkspace(
  tree: Tree,
  packages: readonly WorkspacePackage[],
  wanted: { dir: string; packageName: string; pluginId: string }
): void {
  if (tree.exists(wanted.dir)) {
    throw new Error(`Cannot create ${wanted.dir}: the folder already exists.`);
  }
  const sameName = packages.find((pkg) => pkg.name === wanted.packageName);
  if (sameName) {
    throw new Error(`Cannot create package ${wanted.packageName}: ${sameName.dir}/package.json already has that name.`);
  }
  const sameId = packages.find((pkg) => pkg.pluginId === wanted.pluginId);
  if (sameId) {
    throw new Error(`Cannot create plugin "${wanted.pluginId}": ${sameId.dir}/kibana.jsonc already has that plugin id.`);
  }
}

/** The version to depend on for a package of this workspace (the generated packages depend on core's). */
export function workspaceVersion(packages: readonly WorkspacePackage[], name: string): string {
  const found = packages.find((pkg) => pkg.name === name);
  if (!found) throw new Error(`${name} is not a package of this workspace, and the generated package depends on it.`);
  return found.version;
}
