import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

// src/ or dist/ of packages/kbn-test: the repository is three levels up either way.
const repoRoot = join(__dirname, '..', '..', '..');
const bin = join(repoRoot, 'packages', 'core-server', 'bin', 'kibana.js');

export interface KibanaProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the server's URL once it logs that it is running. */
  ready: Promise<string>;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
  /** SIGTERM (unless it already exited), then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Runs the real start command (`node packages/core-server/bin/kibana.js ...args`) as `npm start`
 * does, from the built `dist/` folders: for suites that test what a user runs.
 */
export function startKibana(args: string[]): KibanaProcess {
  const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server running at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`kibana exited with ${code} before it was ready:\n${output}`)));
  });
  ready.catch(() => undefined);
  return {
    child,
    output: () => output,
    ready,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
