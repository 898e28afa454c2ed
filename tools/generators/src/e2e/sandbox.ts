import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { readJson, workspaceRoot, type Tree } from '@nx/devkit';
import { FsTree } from 'nx/src/devkit-internals';
import { readWorkspacePackages } from '../workspace_packages';

/**
 * A generated package, written into a throwaway copy of the workspace in the OS temp folder.
 *
 * The generator runs against the real workspace (its checks see the real packages), but what it
 * writes goes to the copy, not to the repository: a server started meanwhile from the repository
 * (the start-command suite that `npm test` runs in parallel, `npm start`, another session's tests)
 * must never discover a half-made plugin under plugins/ or packages/, and a failed run leaves
 * nothing behind in the repository.
 */
export interface Sandbox {
  /** Runs jest, tsc or eslint with the generated package as working folder. */
  run(bin: keyof typeof BINS, args: string[]): { status: number | null; output: string };
  remove(): void;
}

/** The command-line scripts of the workspace's tools, under node_modules. */
const BINS = { jest: 'jest/bin/jest.js', tsc: 'typescript/bin/tsc', eslint: 'eslint/bin/eslint.js' };

/** A package's folders that are installs or build output, never copied. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'coverage', 'data', 'test-results']);

/**
 * The copy holds the root package.json, tsconfig.base.json, tools/jest and tools/eslint, copies of
 * the workspace packages the generated one depends on (copies, so that core's `findRepoRoot` and
 * plugin discovery see the sandbox), and a node_modules that links to the real one's entries, with
 * `@kbn/*` linking to the sandbox's packages as `npm install` would.
 */
export function generateInSandbox(generate: (tree: Tree) => unknown, generatedDir: string): Sandbox {
  const tree = new FsTree(workspaceRoot, false);
  generate(tree);
  const root = mkdtempSync(join(tmpdir(), 'kbn-generators-e2e-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    for (const file of ['package.json', 'tsconfig.base.json', 'tools/jest', 'tools/eslint']) {
      cpSync(join(workspaceRoot, file), join(root, file), { recursive: true });
    }
    for (const change of tree.listChanges()) {
      if (change.type === 'DELETE' || !change.content) continue;
      mkdirSync(dirname(join(root, change.path)), { recursive: true });
      writeFileSync(join(root, change.path), change.content);
    }
    linkNodeModules(root, [generatedDir, ...copyWorkspaceDependencies(tree, generatedDir, root)]);
  } catch (error) {
    remove();
    throw error;
  }
  return {
    remove,
    run: (bin, args) => {
      const result = spawnSync(process.execPath, [join(workspaceRoot, 'node_modules', BINS[bin]), ...args], {
        cwd: join(root, generatedDir),
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
  };
}

/** Copies the workspace packages `dir` depends on, and theirs; returns their folders. */
function copyWorkspaceDependencies(tree: Tree, dir: string, root: string): string[] {
  const packages = readWorkspacePackages(tree);
  const copied: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const { dependencies = {} } = readJson<{ dependencies?: Record<string, string> }>(tree, `${pending.pop()}/package.json`);
    for (const name of Object.keys(dependencies)) {
      const dependency = packages.find((pkg) => pkg.name === name);
      if (!dependency || copied.includes(dependency.dir)) continue;
      const source = join(workspaceRoot, dependency.dir);
      cpSync(source, join(root, dependency.dir), { recursive: true, filter: (file) => dirname(file) !== source || !NOT_COPIED.has(basename(file)) });
      const nested = join(source, 'node_modules');
      if (existsSync(nested)) symlinkSync(nested, join(root, dependency.dir, 'node_modules'));
      copied.push(dependency.dir);
      pending.push(dependency.dir);
    }
  }
  return copied;
}

/** node_modules entries link to the real ones, except `@kbn/*`, which link to the sandbox's packages. */
function linkNodeModules(root: string, packageDirs: string[]): void {
  const realModules = join(workspaceRoot, 'node_modules');
  mkdirSync(join(root, 'node_modules', '@kbn'), { recursive: true });
  for (const entry of readdirSync(realModules)) {
    if (entry !== '@kbn') symlinkSync(join(realModules, entry), join(root, 'node_modules', entry));
  }
  for (const dir of packageDirs) {
    const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string };
    symlinkSync(join(root, dir), join(root, 'node_modules', name));
  }
}
