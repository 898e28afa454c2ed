import type { EventLogServerSetup, EventLogServerStart } from '@kbn/event-log/server';
import { callOk, timeSequential } from '../http_client';
import { startInProcess } from '../servers';
import { msSince, summarize } from '../stats';
import { attempt, type BenchContext } from '../context';

const DAY = 86_400_000;
const CONNECTORS = 50;
/** The writer holds at most `writeBuffer.maxQueued` (100,000) events: log in chunks, flushing between. */
const CHUNK = 50_000;

/** One connector execution as the actions plugin logs it: `execute-start`, then `execute`. */
function executionEvents(i: number, at: number) {
  const timestamp = new Date(at).toISOString();
  const connector = `c${i % CONNECTORS}`;
  const kibana = {
    saved_objects: [{ rel: 'primary', type: 'action', id: connector, type_id: '.bench-webhook' }],
    space_ids: ['default'],
    task: { scheduled: timestamp, schedule_delay: '1000000' },
    action: { name: `Hook ${i % CONNECTORS}`, id: connector, type_id: '.bench-webhook', execution: { uuid: `exec-${i}`, source: 'background_task' } },
  };
  return [
    { '@timestamp': timestamp, event: { action: 'execute-start', kind: 'action', start: timestamp }, message: 'action started: .bench-webhook', kibana },
    {
      '@timestamp': timestamp,
      event: { action: 'execute', kind: 'action', start: timestamp, end: timestamp, duration: '2000000', outcome: i % 10 ? 'success' : 'failure' },
      message: 'action executed: .bench-webhook',
      kibana,
    },
  ];
}

/**
 * The connector logs query (`POST /internal/actions/_global_connector_execution_logs`, page 1 of
 * 10, newest first) over 1,000,000 events (500,000 executions over 7 days), written through the
 * event log's own batched writer.
 */
export async function measureEventLogQuery(ctx: BenchContext): Promise<void> {
  const events = ctx.quick ? 100_000 : 1_000_000;
  const executions = events / 2;
  const server = await startInProcess(await ctx.storeUrl(), { 'xpack.eventLog.writeBuffer.maxEvents': 1000 });
  try {
    const { eventLog } = server.plugins.get('benchConnectors') as { eventLog: EventLogServerSetup };
    const eventLogStart = server.plugins.get('eventLog') as EventLogServerStart;
    const logger = eventLog.getLogger({ event: { provider: 'actions' } });
    const end = Date.now();
    const start = end - 7 * DAY;
    const step = (end - start) / executions;
    const since = process.hrtime.bigint();
    for (let i = 0; i < executions; i++) {
      for (const event of executionEvents(i, start + i * step)) logger.logEvent(event as never);
      if ((i + 1) % (CHUNK / 2) === 0) await eventLogStart.flush();
    }
    await eventLogStart.flush();
    const seedSeconds = msSince(since) / 1000;
    ctx.log(`seeded ${events} events in ${seedSeconds.toFixed(1)} s`);

    const route = `${server.url}/internal/actions/_global_connector_execution_logs`;
    const query = (from: number) => async () => {
      const answer = await callOk('POST', route, { body: { date_start: new Date(from).toISOString(), date_end: new Date(end + 1000).toISOString(), page: 1, per_page: 10 } });
      const body = JSON.parse(answer.body) as { total?: number };
      if (!body.total) throw new Error(`the execution log found nothing: ${answer.body.slice(0, 200)}`);
    };
    const runs = ctx.quick ? 15 : 50;
    await attempt(ctx, ['event_log_query_p99_ms'], 'connector logs query', async () => {
      const all = summarize(await timeSequential(runs, 2, 120_000, query(start - 1000)));
      const day = summarize(await timeSequential(runs, 2, 120_000, query(end - DAY)));
      ctx.figures.event_log_query_p99_ms = all.p99;
      ctx.notes.push(
        `event log: ${events} events (${executions} executions of ${CONNECTORS} connectors over 7 days) written through the event log's writer (batches of 1000) in ${seedSeconds.toFixed(0)} s; ` +
          `page 1 of 10 newest first over all 7 days: p50 ${all.p50.toFixed(0)}, p99 ${all.p99.toFixed(0)} ms (reported); over the last 24 h (${Math.round(executions / 7)} executions): p50 ${day.p50.toFixed(0)}, p99 ${day.p99.toFixed(0)} ms (${all.count} and ${day.count} runs)`
      );
      ctx.log(`event log query p99 ${all.p99.toFixed(0)} ms (7 days), ${day.p99.toFixed(0)} ms (24 h)`);
    });
  } finally {
    await server.stop();
  }
}
