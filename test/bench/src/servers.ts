import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const BENCH_PLUGIN = join(__dirname, '..', 'test_fixtures', 'plugins', 'bench_connectors');
const BIN = join(REPO_ROOT, 'packages', 'core-server', 'bin', 'kibana.js');

/** A real server in this process with the actions plugin, what it needs and the bench connector types. */
export function startInProcess(storageUrl: string | undefined, config: Record<string, unknown> = {}): Promise<TestRoot> {
  return createTestRoot({ plugins: ['benchConnectors'], pluginPaths: [BENCH_PLUGIN], storageUrl, config });
}

/**
 * Settings that turn off workspace plugins with no build yet (work in progress elsewhere): the
 * start command loads every plugin under plugins/ and packages/ from its dist/ folder.
 */
export function disableUnbuiltPlugins(): { args: string[]; disabled: string[] } {
  const args: string[] = [];
  const disabled: string[] = [];
  for (const folder of ['plugins', 'packages']) {
    for (const name of readdirSync(join(REPO_ROOT, folder))) {
      const dir = join(REPO_ROOT, folder, name);
      const manifestFile = join(dir, 'kibana.jsonc');
      if (!existsSync(manifestFile) || existsSync(join(dir, 'dist'))) continue;
      const text = readFileSync(manifestFile, 'utf8');
      const id = /"id":\s*"([a-zA-Z][a-zA-Z0-9]*)"/.exec(text.slice(text.indexOf('"plugin"')))?.[1];
      const configPath = /"configPath":\s*\[([^\]]*)\]/.exec(text)?.[1];
      const path = configPath ? [...configPath.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('.') : id;
      if (!path || !/"server":\s*true/.test(text)) continue;
      args.push(`--${path}.enabled=false`);
      disabled.push(id ?? name);
    }
  }
  return { args, disabled };
}

/** The config path of a workspace plugin, from its manifest (`<plugin id>` when it names none). */
export function pluginConfigPath(pluginId: string): string | undefined {
  for (const folder of ['plugins', 'packages']) {
    for (const name of readdirSync(join(REPO_ROOT, folder))) {
      const manifestFile = join(REPO_ROOT, folder, name, 'kibana.jsonc');
      if (!existsSync(manifestFile)) continue;
      const text = readFileSync(manifestFile, 'utf8');
      if (!new RegExp(`"id":\\s*"${pluginId}"`).test(text)) continue;
      const configPath = /"configPath":\s*\[([^\]]*)\]/.exec(text)?.[1];
      return configPath ? [...configPath.matchAll(/"([^"]+)"/g)].map((m) => m[1]).join('.') : pluginId;
    }
  }
  return undefined;
}

export interface ChildServer {
  child: ChildProcessWithoutNullStreams;
  /** ms from spawn to the "Server running at" line. */
  ready: Promise<{ url: string; ms: number }>;
  output(): string;
  stop(): Promise<void>;
}

/** The real start command (`node packages/core-server/bin/kibana.js ...`) as a child process. */
export function startChild(args: string[]): ChildServer {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<{ url: string; ms: number }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = /Server running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1], ms: Number(process.hrtime.bigint() - started) / 1e6 });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`the server exited before it was ready:\n${output.slice(-3000)}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident set size and its peak (VmHWM) of a process, in MB, from /proc. */
export function readRss(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
