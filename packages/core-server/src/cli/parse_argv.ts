import * as yaml from 'js-yaml';

export interface CliArgs {
  configFiles: string[];
  /** `--plugin-path <dir>`: a plugin folder to load besides the repository's plugins. */
  pluginPaths: string[];
  overrides: Record<string, unknown>;
  help: boolean;
}

export const USAGE = `Usage: kibana [options]

Starts the platform: HTTP API, connectors and UI.

Options:
  -c, --config <path>      kibana.yml to read (repeatable; later files win). Default: config/kibana.yml
  --plugin-path <path>     a plugin folder to load too (repeatable), as Kibana's development option
  --host <host>            same as --server.host=<host>
  -p, --port <port>        same as --server.port=<port>
  --<setting>=<value>      any kibana.yml setting, e.g. --server.port=5611 --storage.url=postgres://...
  -h, --help               show this help
`;

/** A value as kibana.yml would read it: `5611` is a number, `true` a boolean, `[a, b]` a list. */
function parseValue(text: string): unknown {
  try {
    const value = yaml.load(text);
    return value === undefined ? text : value;
  } catch {
    return text;
  }
}

function setOverride(overrides: Record<string, unknown>, key: string, value: unknown) {
  const previous = overrides[key];
  overrides[key] = previous === undefined ? value : [previous, value].flat();
}

/** Kibana's command line: `--config` (repeatable), `--<setting>=<value>` and a few shorthands. */
export function parseArgv(argv: string[]): CliArgs {
  const args: CliArgs = { configFiles: [], pluginPaths: [], overrides: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`Option ${arg} needs a value`);
      return value;
    };
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '-c' || arg === '--config') args.configFiles.push(next());
    else if (arg.startsWith('--config=')) args.configFiles.push(arg.slice('--config='.length));
    else if (arg === '--plugin-path') args.pluginPaths.push(next());
    else if (arg.startsWith('--plugin-path=')) args.pluginPaths.push(arg.slice('--plugin-path='.length));
    else if (arg === '--host') args.overrides['server.host'] = next();
    else if (arg === '-p' || arg === '--port') args.overrides['server.port'] = parseValue(next());
    else if (arg.startsWith('--') && arg.includes('=')) {
      const [key, ...rest] = arg.slice(2).split('=');
      setOverride(args.overrides, key, parseValue(rest.join('=')));
    } else if (arg.startsWith('--') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) {
      setOverride(args.overrides, arg.slice(2), parseValue(next()));
    } else if (arg.startsWith('--')) {
      setOverride(args.overrides, arg.slice(2), true);
    } else {
      throw new Error(`Unknown argument [${arg}]. Run with --help for the options.`);
    }
  }
  return args;
}
