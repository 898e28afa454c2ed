import { Root } from '../root/root';
import { findRepoRoot } from '../root/environment';
import { parseArgv, USAGE } from './parse_argv';

/** `node bin/kibana.js`: starts the server, stops it on SIGINT/SIGTERM, exits 1 with one FATAL line on failure. */
export async function run(argv: string[]): Promise<void> {
  let args;
  try {
    args = parseArgv(argv);
  } catch (error) {
    process.stderr.write(`FATAL  ${(error as Error).message}\n`);
    process.exit(1);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const repoRoot = findRepoRoot(__dirname);
  const root = new Root({
    repoRoot,
    configFiles: args.configFiles.length ? args.configFiles : undefined,
    pluginPaths: args.pluginPaths,
    overrides: args.overrides,
  });
  const shutdown = async (signal: string) => {
    root.logging.get('root').info(`Received ${signal}, stopping`);
    await root.shutdown();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await root.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.logging.get('root').fatal(message);
    await root.shutdown().catch(() => undefined);
    process.stderr.write(`\nFATAL  ${message}\n\n`);
    process.exit(1);
  }
}
