import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDataDir, startKibana, startTestPostgres, type KibanaProcess, type TestPostgres } from '@kbn/test';

const probe = join(__dirname, '..', 'test_fixtures', 'plugins', 'actions_probe');
const headers = { 'content-type': 'application/json', 'kbn-xsrf': 'true' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(['sqlite', 'postgres'] as const)('a queued execution and kill -9 [%s]', (store) => {
  const dataDir = createTestDataDir('kbn-restart-');
  let postgres: TestPostgres | undefined;
  let kibana: KibanaProcess | undefined;

  beforeAll(async () => {
    if (store === 'postgres') postgres = await startTestPostgres();
  }, 60_000);
  afterEach(async () => {
    if (kibana && kibana.child.exitCode === null && kibana.child.signalCode === null) {
      kibana.child.kill('SIGKILL');
      await kibana.exited;
    }
  });
  afterAll(async () => {
    await postgres?.stop();
    dataDir.cleanup();
  });

  const start = (extra: string[] = []) =>
    startKibana([
      '--plugin-path',
      probe,
      '--server.port=0',
      `--path.data=${join(dataDir.path, 'data')}`,
      '--xpack.task_manager.poll_interval=100',
      ...(postgres ? [`--storage.url=${postgres.url}`] : []),
      ...extra,
    ]);

  test('survives the kill and runs exactly once after restart', async () => {
    const runs = join(dataDir.path, 'runs.log');
    // The first server may queue but never claims connector work: the kill always lands before the run.
    kibana = start(['--xpack.task_manager.unsafe.exclude_task_types=["actions:*"]']);
    let url = await kibana.ready;
    const created = await fetch(`${url}/api/actions/connector/probe`, { method: 'POST', headers, body: JSON.stringify({ name: 'Probe', connector_type_id: '.probe' }) });
    expect(created.status).toBe(200);
    const queued = await fetch(`${url}/api/actions_probe/_enqueue`, { method: 'POST', headers, body: JSON.stringify({ id: 'probe', params: { file: runs, run: 'queued-1' } }) });
    expect(queued.status).toBe(204);
    kibana.child.kill('SIGKILL');
    expect(await kibana.exited).toBe('SIGKILL');
    expect(existsSync(runs)).toBe(false);

    kibana = start();
    url = await kibana.ready;
    await waitFor(() => existsSync(runs), 'the queued run after restart');
    // Several more polls: a second run would have shown by now.
    await sleep(1000);
    expect(readFileSync(runs, 'utf8')).toBe('queued-1\n');
    kibana.child.kill('SIGTERM');
    expect(await kibana.exited).toBe(0);
  });
});
