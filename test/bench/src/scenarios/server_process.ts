import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDataDir } from '@kbn/test';
import { call, callOk, runPool } from '../http_client';
import { BENCH_PLUGIN, disableUnbuiltPlugins, pluginConfigPath, readRss, startChild, type ChildServer } from '../servers';
import { msSince, percentile, round } from '../stats';
import { attempt, sleep, type BenchContext } from '../context';
import { IMPORT_ROUTE, postImport, writeConnectorsNdjson } from './import_connectors';

/**
 * The real start command as a child process: start to ready (median of restarts on existing
 * data), idle RSS, RSS with 10,000 connectors created over HTTP; then the import of 100,000
 * connectors, when the import route exists.
 */
export async function measureServerProcess(ctx: BenchContext): Promise<void> {
  const dataDir = createTestDataDir('kbn-bench-');
  const storageUrl = await ctx.storeUrl();
  const { args: disable, disabled } = disableUnbuiltPlugins();
  if (disabled.length > 0) ctx.notes.push(`child servers: plugins with no build yet turned off (${disabled.join(', ')})`);
  const args = (data: string) => [
    '--server.port=0',
    '--server.host=127.0.0.1',
    `--path.data=${data}`,
    '--plugin-path',
    BENCH_PLUGIN,
    ...(storageUrl ? [`--storage.url=${storageUrl}`] : []),
    ...disable,
  ];
  let server: ChildServer | undefined;
  try {
    const data = join(dataDir.path, 'data');
    // first start: migrations and the generated encryption key
    server = startChild(args(data));
    const first = (await server.ready).ms;
    await server.stop();
    const restarts: number[] = [];
    const count = ctx.quick ? 3 : 5;
    for (let i = 0; i < count; i++) {
      server = startChild(args(data));
      restarts.push((await server.ready).ms);
      if (i < count - 1) await server.stop();
    }
    ctx.figures.start_to_ready_ms = percentile(restarts, 50);
    ctx.notes.push(`start: spawn to "Server running at": first start (empty store, migrations, key generated) ${Math.round(first)} ms; ${count} restarts ${restarts.map(Math.round).join(', ')} ms (median reported)`);

    const live = server;
    const url = (await live.ready).url;
    await sleep(ctx.quick ? 3000 : 10_000);
    ctx.figures.idle_rss_mb = readRss(live.child.pid!).rssMb;

    await attempt(ctx, ['rss_10k_connectors_mb'], 'RSS with 10,000 connectors', async () => {
      const since = process.hrtime.bigint();
      const created = await runPool(10_000, 8, async (i) => {
        await callOk('POST', `${url}/api/actions/connector`, { body: { name: `Log ${i}`, connector_type_id: '.bench-log', config: {}, secrets: {} } });
      }, Date.now() + 240_000);
      if (created < 10_000) throw new Error(`only ${created} connectors created within 240 s`);
      // what a UI session does with them: list (may fail, see the list figure), read, execute
      const listed = await call('GET', `${url}/api/actions/connectors`);
      await runPool(200, 8, async () => {
        await callOk('POST', `${url}/api/actions/connector/${encodeURIComponent(await someId(url))}/_execute`, { body: { params: { message: 'rss' } } });
      });
      await sleep(2000);
      ctx.figures.rss_10k_connectors_mb = readRss(live.child.pid!).rssMb;
      ctx.notes.push(`rss: idle measured ${ctx.quick ? 3 : 10} s after ready; 10,000 connectors created over HTTP (8 at a time) in ${Math.round(msSince(since) / 1000)} s, then GET /api/actions/connectors (${listed.status}) and 200 _execute, RSS 2 s later; no forced GC; peak ${round(readRss(live.child.pid!).peakMb)} MB`);
    });
    await live.stop();
    server = undefined;

    // Kibana's limits (25 MB, 10,000 objects) would refuse the file: raised, as an admin importing 100k would
    const management = pluginConfigPath('savedObjectsManagement') ?? 'savedObjects';
    const limits = [`--${management}.maxImportPayloadBytes=1gb`, `--${management}.maxImportExportSize=200000`];
    await measureImport(ctx, [...args(join(dataDir.path, 'import')), ...(disabled.includes('savedObjectsManagement') ? [] : limits)], dataDir.path);
  } finally {
    await server?.stop();
    dataDir.cleanup();
  }
}

let firstId: string | undefined;
async function someId(url: string): Promise<string> {
  if (!firstId) {
    const created = await callOk('POST', `${url}/api/actions/connector`, { body: { name: 'Exec', connector_type_id: '.bench-log', config: {}, secrets: {} } });
    firstId = (JSON.parse(created.body) as { id: string }).id;
  }
  return firstId;
}

async function measureImport(ctx: BenchContext, args: string[], tmp: string): Promise<void> {
  const server = startChild(args);
  try {
    const { url } = await server.ready;
    const probe = await call('POST', `${url}${IMPORT_ROUTE}`, { body: {} });
    if (probe.status === 404) {
      ctx.notes.push(`import: ${IMPORT_ROUTE} does not exist yet (404), so import_100k_s and import_100k_peak_rss_mb are null; the measuring code (scenarios/import_connectors.ts) posts Kibana's multipart NDJSON and will run once the route lands`);
      return;
    }
    const total = ctx.quick ? 10_000 : 100_000;
    await attempt(ctx, ['import_100k_s', 'import_100k_peak_rss_mb'], `import of ${total} connectors`, async () => {
      // a tenth first: the peak after it against the peak after the full file shows whether memory grows with the file
      const small = join(tmp, 'small.ndjson');
      const large = join(tmp, 'large.ndjson');
      await writeConnectorsNdjson(small, total / 10);
      await writeConnectorsNdjson(large, total);
      const smallAnswer = await postImport(url, small, 600_000);
      if (smallAnswer.status !== 200) throw new Error(`the import answered ${smallAnswer.status}: ${smallAnswer.body.slice(0, 300)}`);
      const peakSmall = readRss(server.child.pid!).peakMb;
      let peak = peakSmall;
      const sampler = setInterval(() => (peak = Math.max(peak, readRss(server.child.pid!).peakMb)), 100);
      const since = process.hrtime.bigint();
      const answer = await postImport(url, large, 1_200_000);
      clearInterval(sampler);
      const seconds = msSince(since) / 1000;
      if (answer.status !== 200) throw new Error(`the import answered ${answer.status}: ${answer.body.slice(0, 300)}`);
      const result = JSON.parse(answer.body) as { success?: boolean; successCount?: number };
      peak = Math.max(peak, readRss(server.child.pid!).peakMb);
      // the figures are named for 100k; a quick run extrapolates the time and says so
      ctx.figures.import_100k_s = (seconds * 100_000) / total;
      ctx.figures.import_100k_peak_rss_mb = peak;
      ctx.notes.push(`import: ${total} connectors in ${seconds.toFixed(1)} s (success ${result.success}, successCount ${result.successCount})${total < 100_000 ? ', time scaled to 100k' : ''}; peak RSS ${round(peakSmall)} MB after ${total / 10}, ${round(peak)} MB after ${total}`);
      rmSync(small, { force: true });
      rmSync(large, { force: true });
    });
  } finally {
    await server.stop();
  }
}
