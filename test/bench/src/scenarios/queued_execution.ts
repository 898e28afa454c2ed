import { writeFileSync } from 'node:fs';
import { createConfigurationUtilities, outboundConfigSchema, request } from '@kbn/connector-sdk';
import type { ActionsServerStart } from '@kbn/actions-server/server';
import type { EncryptedSavedObjectsPluginStart } from '@kbn/encrypted-saved-objects/server';
import { profile, summarizeProfile } from '../cpu_profile';
import { callOk, runPool } from '../http_client';
import { startInProcess } from '../servers';
import { startSink } from '../sink';
import { msSince, summarize } from '../stats';
import { sleep, type BenchContext } from '../context';

const BATCH = 1000;

/**
 * Queued throughput (bulkEnqueueExecution in batches, delivered to a local sink) against the same
 * requests sent straight with the same helper at the same concurrency; then enqueue-to-send latency
 * at a steady 200 executions/s; then the cost of decrypting a connector's secrets.
 */
export async function measureQueuedExecution(ctx: BenchContext): Promise<void> {
  const total = ctx.quick ? 4000 : 20_000;
  const sink = await startSink();
  const server = await startInProcess(await ctx.storeUrl(), {
    'xpack.task_manager.capacity': ctx.capacity,
    'xpack.task_manager.poll_interval': 500,
  });
  try {
    const actions = server.plugins.get('actions') as ActionsServerStart;
    const created = await callOk('POST', `${server.url}/api/actions/connector`, {
      body: { name: 'Sink', connector_type_id: '.bench-webhook', config: { url: sink.url }, secrets: { token: 'bench-token' } },
    });
    const connector = JSON.parse(created.body) as { id: string };
    const body = JSON.stringify({ message: 'an alert fired', severity: 'high', i: 0 });

    // warm-up: the first runs compile and open connections
    await enqueueAll(actions, connector.id, 200, body);
    await sink.waitFor(200, 60_000);

    // baseline: the same requests straight through request(), at the task manager's capacity
    const logger = server.root.logging.get('bench');
    const configurationUtilities = createConfigurationUtilities(outboundConfigSchema.validate({}), { logger });
    sink.reset();
    let since = process.hrtime.bigint();
    await runPool(total, ctx.capacity, async () => {
      await request({ url: sink.url, method: 'post', data: body, headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' }, logger, configurationUtilities });
    }, Date.now() + 300_000);
    const rawPerS = sink.count() / (msSince(since) / 1000);

    sink.reset();
    since = process.hrtime.bigint();
    let enqueuedMs = 0;
    const queuedRun = async () => {
      await enqueueAll(actions, connector.id, total, body);
      enqueuedMs = msSince(since);
      await sink.waitFor(total, 600_000);
    };
    if (ctx.profileFile) {
      const { profile: taken } = await profile(queuedRun);
      writeFileSync(ctx.profileFile, JSON.stringify(taken));
      const lines = (by: 'function' | 'location', top: number) => summarizeProfile(taken, by, top).map((line) => `${line.name} ${line.percent.toFixed(1)}%`).join('; ');
      ctx.notes.push(`profile of the queued phase (${ctx.profileFile}), self time by project or package: ${lines('location', 12)}`);
      ctx.notes.push(`profile, top functions by self time: ${lines('function', 20)}`);
    } else {
      await queuedRun();
    }
    const queuedPerS = total / (msSince(since) / 1000);
    ctx.figures.queued_exec_per_s = queuedPerS;
    ctx.figures.queued_vs_raw_ratio = queuedPerS / rawPerS;
    ctx.notes.push(
      `queued: ${total} executions (bulkEnqueueExecution, batches of ${BATCH}; enqueueing took ${Math.round(enqueuedMs)} ms) at task manager capacity ${ctx.capacity}: ${Math.round(queuedPerS)} exec/s; baseline ${Math.round(rawPerS)} req/s straight through request() at concurrency ${ctx.capacity}`
    );
    ctx.log(`queued ${Math.round(queuedPerS)} exec/s, raw ${Math.round(rawPerS)} req/s`);
    await waitForEmptyQueue(server.core.storage.getDb() as unknown as CountDb);

    // latency at a steady rate: each body carries the time it was enqueued
    const count = ctx.quick ? 1000 : 6000;
    const latencies: number[] = [];
    sink.onBody = (text, at) => {
      const sent = (JSON.parse(text) as { t?: number }).t;
      if (sent !== undefined) latencies.push(at - sent);
    };
    sink.reset();
    const started = performance.now();
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < count; i++) {
      const due = started + i * 5;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      pending.push(actions.enqueueExecution({ id: connector.id, params: { body: JSON.stringify({ t: performance.now(), i }) }, spaceId: 'default' }));
    }
    await Promise.all(pending);
    await sink.waitFor(count, 120_000);
    sink.onBody = undefined;
    const latency = summarize(latencies);
    ctx.figures.enqueue_to_send_p50_ms = latency.p50;
    ctx.figures.enqueue_to_send_p99_ms = latency.p99;
    ctx.notes.push(
      `latency: ${count} executions enqueued one by one (enqueueExecution) every 5 ms; from the call to the sink receiving the POST: p50 ${latency.p50.toFixed(1)} ms, p90 ${latency.p90.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms, max ${latency.max.toFixed(1)} ms`
    );
    ctx.log(`enqueue-to-send p50 ${latency.p50.toFixed(1)} ms p99 ${latency.p99.toFixed(1)} ms`);

    // decryption: getDecryptedAsInternalUser less the same read without decryption
    const eso = server.plugins.get('encryptedSavedObjects') as EncryptedSavedObjectsPluginStart;
    const decrypting = eso.getClient({ includedHiddenTypes: ['action'] });
    const raw = server.core.savedObjects.createInternalRepository(['action']);
    const reads = ctx.quick ? 2000 : 10_000;
    // interleaved, so drift (other work on the machine) hits both alike; medians, so one stall does not
    const decrypted: number[] = [];
    const plain: number[] = [];
    const deadline = Date.now() + 60_000;
    for (let i = -200; i < reads && Date.now() < deadline; i++) {
      let since = process.hrtime.bigint();
      await decrypting.getDecryptedAsInternalUser('action', connector.id, { namespace: 'default' });
      const decryptedMs = msSince(since);
      since = process.hrtime.bigint();
      await raw.get('action', connector.id, { namespace: 'default' });
      const plainMs = msSince(since);
      if (i >= 0) {
        decrypted.push(decryptedMs);
        plain.push(plainMs);
      }
    }
    const withDecryption = summarize(decrypted).p50 * 1000;
    const without = summarize(plain).p50 * 1000;
    ctx.figures.decrypt_us = Math.max(0, withDecryption - without);
    ctx.notes.push(
      `decrypt: getDecryptedAsInternalUser of a connector, median ${withDecryption.toFixed(1)} µs; the same read on the raw internal repository, median ${without.toFixed(1)} µs; decrypt_us is the difference (${decrypted.length} interleaved reads each; on PostgreSQL the round trip's jitter is of the same order as the decryption)`
    );
  } finally {
    await server.stop();
    await sink.close();
  }
}

async function enqueueAll(actions: ActionsServerStart, id: string, total: number, body: string): Promise<void> {
  for (let from = 0; from < total; from += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, total - from) }, () => ({ id, params: { body }, spaceId: 'default' }));
    const result = await actions.bulkEnqueueExecution(items);
    if (result.errors) throw new Error('bulkEnqueueExecution refused some executions (queued.max?)');
  }
}

interface CountDb {
  selectFrom(table: string): { select(fn: (eb: { fn: { countAll(): { as(name: string): unknown } } }) => unknown): { executeTakeFirst(): Promise<{ n: number | string } | undefined> } };
}

/** Waits (at most 60 s) until the finished tasks are deleted, so the next phase starts clean. */
async function waitForEmptyQueue(db: CountDb): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const row = await db.selectFrom('task_manager_tasks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    if (Number(row?.n ?? 0) === 0) return;
    await sleep(100);
  }
}
