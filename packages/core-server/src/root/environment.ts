import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentInfo } from '../plugins/types';

/** The folder with the workspace's package.json (the one declaring workspaces), above `from`. */
export function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && 'workspaces' in (JSON.parse(readFileSync(pkg, 'utf8')) as object)) return dir;
    const parent = join(dir, '..');
    if (parent === dir) throw new Error(`No workspace root above ${from}`);
    dir = parent;
  }
}

/** Kibana keeps its instance uuid in `<path.data>/uuid`; so do we. */
export function readOrCreateInstanceUuid(dataPath: string, configured?: string): string {
  const file = join(dataPath, 'uuid');
  if (configured) return configured;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataPath, { recursive: true });
  const uuid = randomUUID();
  writeFileSync(file, uuid);
  return uuid;
}

export function createEnvironment(repoRoot: string, instanceUuid: string): EnvironmentInfo {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const dev = process.env.NODE_ENV !== 'production';
  return {
    mode: { dev, prod: !dev, name: dev ? 'development' : 'production' },
    packageInfo: { version: pkg.version, branch: 'main', buildNum: 0, buildSha: 'unknown', dist: false },
    instanceUuid,
    repoRoot,
  };
}
