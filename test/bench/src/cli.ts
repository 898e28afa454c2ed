import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startTestPostgres } from '@kbn/test';
import type { BenchContext } from './context';
import { emptyFigures, toJson } from './figures';
import { measureApiAtScale } from './scenarios/api_at_scale';
import { measureEventLogQuery } from './scenarios/event_log_query';
import { measureQueuedExecution } from './scenarios/queued_execution';
import { measureServerProcess } from './scenarios/server_process';
import { formatTable } from './table';

const USAGE = `npm run bench [-- --postgres] [--quick] [--json <file>] [--only <scenario,...>] [--capacity <n>]

  --postgres     run on PostgreSQL (TEST_PG_URL, or a throwaway cluster from @kbn/test)
  --quick        smaller counts, same figures (under two minutes)
  --json <file>  also write the figures as one JSON object
  --only         some of: queued, api, process (start, RSS, import), event_log
  --capacity     task manager capacity and baseline concurrency (default 10, Kibana's default)
  --profile <f>  write a CPU profile (.cpuprofile) of the queued throughput phase, and summarize it
`;

export interface BenchArgs {
  postgres: boolean;
  quick: boolean;
  json?: string;
  only?: string[];
  capacity: number;
  profile?: string;
  help: boolean;
}

export function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { postgres: false, quick: false, capacity: 10, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--postgres') args.postgres = true;
    else if (arg === '--quick') args.quick = true;
    else if (arg === '--json') args.json = value();
    else if (arg === '--only') args.only = value().split(',');
    else if (arg === '--capacity') args.capacity = Number(value());
    else if (arg === '--profile') args.profile = value();
    else if (arg === '-h' || arg === '--help') args.help = true;
    else throw new Error(`Unknown argument [${arg}]\n${USAGE}`);
  }
  if (!Number.isInteger(args.capacity) || args.capacity < 1 || args.capacity > 1000) throw new Error('--capacity must be an integer from 1 to 1000');
  return args;
}

const SCENARIOS: Record<string, (ctx: BenchContext) => Promise<void>> = {
  queued: measureQueuedExecution,
  api: measureApiAtScale,
  process: measureServerProcess,
  event_log: measureEventLogQuery,
};

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  const began = Date.now();
  const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0)}s] ${message}\n`);
  const ctx: BenchContext = {
    quick: args.quick,
    store: args.postgres ? 'postgres' : 'sqlite',
    storeUrl: async () => {
      if (!args.postgres) return undefined;
      const database = await startTestPostgres();
      // later databases on the same throwaway cluster, rather than a cluster each
      if (!process.env.TEST_PG_URL) process.env.TEST_PG_URL = Object.assign(new URL(database.url), { pathname: '/postgres' }).toString();
      return database.url;
    },
    figures: emptyFigures(),
    errors: {},
    notes: [],
    log,
    capacity: args.capacity,
    profileFile: args.profile,
  };
  for (const [name, run] of Object.entries(SCENARIOS)) {
    if (args.only && !args.only.includes(name)) continue;
    log(`${name}...`);
    try {
      await run(ctx);
    } catch (error) {
      ctx.notes.push(`${name} failed: ${(error as Error).stack ?? String(error)}`);
      log(`${name} failed: ${(error as Error).message}`);
    }
  }
  ctx.notes.push(`conditions: ${ctx.store}, ${args.quick ? 'quick' : 'full'} counts, Node ${process.version}, ${cpus().length} cores, ${Math.round((Date.now() - began) / 1000)} s in all`);
  process.stdout.write(`\n${formatTable(ctx.figures, ctx.errors)}\n\nstore: ${ctx.store}${args.quick ? ' (quick)' : ''}\n${ctx.notes.map((note) => `- ${note}`).join('\n')}\n`);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(toJson(ctx.figures, ctx.store, args.quick, ctx.notes), null, 2)}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  );
}
