// Measures what logging costs the caller, how fast batches reach the store, and how long the
// execution log queries take over what was written. Run after `npm run build`:
//   node scripts/measure_write.js                                   (SQLite in a temp folder)
//   STORAGE_URL=postgres://user@host:5432/db node scripts/measure_write.js
const { join, resolve } = require('node:path');
const { createTestRoot } = require('@kbn/core-server/mocks');

const EXECUTIONS = Number(process.env.EXECUTIONS ?? 10000);
const PACKAGE_ROOT = resolve(__dirname, '..');

function executionEvents(i) {
  const second = new Date(Date.UTC(2025, 0, 1) + i * 10).toISOString();
  const kibana = {
    saved_objects: [{ rel: 'primary', type: 'action', id: `c${i % 50}`, type_id: '.webhook' }],
    space_ids: ['default'],
    task: { scheduled: second, schedule_delay: '1000000' },
    action: { name: `Hook ${i % 50}`, id: `c${i % 50}`, type_id: '.webhook', execution: { uuid: `exec-${i}`, source: 'background_task' } },
  };
  return [
    { '@timestamp': second, event: { action: 'execute-start', kind: 'action', start: second }, message: 'action started', kibana },
    { '@timestamp': second, event: { action: 'execute', kind: 'action', start: second, end: second, duration: '2000000', outcome: i % 10 ? 'success' : 'failure' }, message: 'action executed', kibana },
  ];
}

const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;

(async () => {
  const root = await createTestRoot({
    plugins: ['eventLogFixture'],
    pluginSearchPaths: [resolve(PACKAGE_ROOT, '..'), join(PACKAGE_ROOT, 'test_fixtures', 'plugins')],
    storageUrl: process.env.STORAGE_URL,
  });
  try {
    const { eventLog } = root.plugins.get('eventLogFixture');
    const start = root.plugins.get('eventLog');
    const logger = eventLog.getLogger({ event: { provider: 'actions' } });
    const events = Array.from({ length: EXECUTIONS }, (_, i) => executionEvents(i)).flat();

    const began = process.hrtime.bigint();
    for (const event of events) logger.logEvent(event);
    const callerMs = ms(began);
    await start.flush();
    const totalMs = ms(began);
    console.log(`${root.core.storage.dialect}: ${events.length} events (${EXECUTIONS} executions)`);
    console.log(`  caller: ${((callerMs * 1000) / events.length).toFixed(1)} µs per logEvent (validation and merge included)`);
    console.log(`  stored: ${Math.round(events.length / (totalMs / 1000))} events/s from first logEvent to flushed`);

    const client = start.getClient({ spaceId: 'default' });
    const range = { start: '2024-12-31T00:00:00.000Z', end: '2025-01-02T00:00:00.000Z' };
    for (const [label, run] of [
      ['getExecutionLogs (page 1 of 10, newest first)', () => client.getExecutionLogs(range)],
      ['getExecutionLogs (failures only)', () => client.getExecutionLogs({ ...range, filter: { outcome: ['failure'] } })],
      ['getExecutionKpi', () => client.getExecutionKpi(range)],
      ['findEventsBySavedObjectIds (one connector, page 1)', () => client.findEventsBySavedObjectIds('action', ['c7'])],
    ]) {
      await run();
      const t = process.hrtime.bigint();
      const result = await run();
      console.log(`  ${label}: ${ms(t).toFixed(1)} ms (total ${result.total ?? result.success})`);
    }
  } finally {
    await root.stop();
  }
})();
