import type { EncryptedSavedObjectsPluginStart } from '@kbn/encrypted-saved-objects/server';
import { call, callOk, timeSequential } from '../http_client';
import { startInProcess } from '../servers';
import { msSince, summarize } from '../stats';
import { attempt, type BenchContext } from '../context';
import { seedConnectors } from './seed_connectors';

const CONNECTORS = 10_000;

/** The connectors API with 10,000 connectors in the default space, over HTTP on 127.0.0.1. */
export async function measureApiAtScale(ctx: BenchContext): Promise<void> {
  const server = await startInProcess(await ctx.storeUrl());
  try {
    const since = process.hrtime.bigint();
    await seedConnectors(server.plugins.get('encryptedSavedObjects') as EncryptedSavedObjectsPluginStart, CONNECTORS);
    ctx.log(`seeded ${CONNECTORS} connectors in ${Math.round(msSince(since))} ms`);
    const base = `${server.url}/api/actions`;

    let list = summarize([]);
    await attempt(ctx, ['list_10k_p99_ms'], `GET /api/actions/connectors with ${CONNECTORS} connectors`, async () => {
      list = summarize(
        await timeSequential(ctx.quick ? 20 : 100, 3, 60_000, async () => {
          const answer = await callOk('GET', `${base}/connectors`);
          if (answer.body.length < CONNECTORS * 50) throw new Error('the list is shorter than 10,000 connectors');
        })
      );
      ctx.figures.list_10k_p99_ms = list.p99;
    });

    const created: string[] = [];
    const create = summarize(
      await timeSequential(ctx.quick ? 100 : 500, 10, 60_000, async (i) => {
        const answer = await callOk('POST', `${base}/connector`, { body: { name: `Created ${i}`, connector_type_id: '.bench-log', config: {}, secrets: {} } });
        created.push((JSON.parse(answer.body) as { id: string }).id);
      })
    );
    ctx.figures.create_p99_ms = create.p99;

    const id = created[0];
    const execute = summarize(
      await timeSequential(ctx.quick ? 200 : 1000, 20, 60_000, async () => {
        const answer = await callOk('POST', `${base}/connector/${id}/_execute`, { body: { params: { message: 'hello from the bench' } } });
        if (!answer.body.includes('"status":"ok"')) throw new Error(`_execute answered ${answer.body}`);
      })
    );
    ctx.figures.execute_server_log_p99_ms = execute.p99;

    // 1,000 clients at once, each on its own connection
    const clients = 1000;
    const started = process.hrtime.bigint();
    const outcomes = await Promise.all(
      Array.from({ length: clients }, () =>
        call('GET', `${base}/connector/${id}`, { agent: false, timeoutMs: 60_000 }).then(
          (answer) => (answer.status === 200 ? 'ok' : `status ${answer.status}`),
          (error: Error) => error.message
        )
      )
    );
    const failures = outcomes.filter((outcome) => outcome !== 'ok');
    ctx.figures.concurrent_1000_errors = failures.length;

    const fmt = (s: ReturnType<typeof summarize>) => `p50 ${s.p50.toFixed(1)}, p99 ${s.p99.toFixed(1)}, max ${s.max.toFixed(1)} ms over ${s.count}`;
    ctx.notes.push(
      `api (${CONNECTORS} connectors seeded in ${Math.round(msSince(since) / 1000)} s with bulkCreate): list ${fmt(list)}; create ${fmt(create)}; _execute of .bench-log (stands in for .server-log, not built yet) ${fmt(execute)}; ` +
        `${clients} concurrent GET /api/actions/connector/{id} on fresh connections: ${failures.length} failed${failures.length ? ` (${[...new Set(failures)].slice(0, 3).join('; ')})` : ''}, all answered in ${Math.round(msSince(started))} ms`
    );
    ctx.log(`list p99 ${list.p99.toFixed(1)}, create p99 ${create.p99.toFixed(1)}, execute p99 ${execute.p99.toFixed(1)}, concurrent failures ${failures.length}`);
  } finally {
    await server.stop();
  }
}
