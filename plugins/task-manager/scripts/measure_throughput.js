// Measures how many short tasks per second one server runs. Run after `npm run build` (this
// package and @kbn/core-server):
//   node scripts/measure_throughput.js [tasks=20000] [capacity=10] [postgres://... for PostgreSQL]
// 1. a backlog: every task stored first (not due), then all made due at once; times claim + run + delete.
// 2. a stream: tasks scheduled one at a time (awaited), run as they come; times schedule + run.
/* eslint-disable no-console */
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Root, findRepoRoot } = require('@kbn/core-server');

const [tasks = '20000', capacity = '10', storageUrl] = process.argv.slice(2);
const N = Number(tasks);
const seconds = (since) => Number(process.hrtime.bigint() - since) / 1e9;
const waitUntil = async (check) => {
  while (!(await check())) await new Promise((r) => setTimeout(r, 1));
};

(async () => {
  const dataPath = mkdtempSync(join(tmpdir(), 'kbn-tm-bench-'));
  const root = new Root({
    repoRoot: findRepoRoot(__dirname),
    configFiles: [],
    pluginSearchPaths: [resolve(__dirname, '..', '..'), resolve(__dirname, '..', 'test_fixtures', 'plugins')],
    pluginFilter: ['taskFixture'],
    overrides: {
      'server.host': '127.0.0.1',
      'server.port': 0,
      'path.data': dataPath,
      'logging.root.level': 'error',
      'xpack.task_manager.capacity': Number(capacity),
      ...(storageUrl ? { 'storage.url': storageUrl } : {}),
    },
  });
  try {
    const { core, plugins } = await root.start();
    const db = core.storage.getDb();
    const empty = async () => Number((await db.selectFrom('task_manager_tasks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()).n) === 0;
    const taskManager = plugins.get('taskManager');
    const fixture = plugins.get('taskFixture');
    const later = new Date(Date.now() + 3_600_000);

    let since = process.hrtime.bigint();
    for (let i = 0; i < N; i += 1000) {
      const batch = [];
      for (let j = i; j < Math.min(N, i + 1000); j++) batch.push({ id: `backlog-${j}`, taskType: 'fixture:task', params: {}, runAt: later });
      await taskManager.bulkSchedule(batch);
    }
    console.log(`bulkSchedule, ${N} tasks in batches of 1000: ${(N / seconds(since)).toFixed(0)} tasks/s`);

    await db.updateTable('task_manager_tasks').set({ run_at: Date.now() }).execute();
    since = process.hrtime.bigint();
    await taskManager.runSoon('backlog-0'); // wakes the poller; the full batches keep it claiming
    await waitUntil(() => fixture.runs.length >= N);
    await waitUntil(empty);
    console.log(`backlog of ${N} due tasks, capacity ${capacity}: ${(N / seconds(since)).toFixed(0)} tasks/s run (claimed, run, deleted)`);

    fixture.runs.length = 0;
    since = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await taskManager.schedule({ taskType: 'fixture:task', params: {} });
    await waitUntil(() => fixture.runs.length >= N);
    await waitUntil(empty);
    console.log(`stream of ${N} tasks scheduled one by one: ${(N / seconds(since)).toFixed(0)} tasks/s scheduled and run`);
  } finally {
    await root.shutdown();
    rmSync(dataPath, { recursive: true, force: true });
  }
})();
