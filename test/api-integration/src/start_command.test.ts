import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDataDir, startKibana, startTestPostgres, type KibanaProcess, type TestPostgres } from '@kbn/test';

interface StatusBody {
  status: { overall: { level: string }; core: { storage: { summary: string } }; plugins: Record<string, { level: string }> };
}

describe('the start command', () => {
  const dataDir = createTestDataDir('kbn-start-');
  let kibana: KibanaProcess | undefined;

  afterEach(async () => {
    if (kibana && kibana.child.exitCode === null) {
      kibana.child.kill('SIGKILL');
      await kibana.exited;
    }
    kibana = undefined;
  });
  afterAll(() => dataDir.cleanup());

  const configFile = (name: string, text: string) => {
    const file = join(dataDir.path, name);
    writeFileSync(file, text);
    return file;
  };

  test('serves /api/status on the embedded SQLite store, and stops cleanly on SIGTERM', async () => {
    const config = configFile('sqlite.yml', `server.host: 127.0.0.1\npath:\n  data: ${join(dataDir.path, 'sqlite')}\n`);
    kibana = startKibana(['--config', config, '--server.port=0']);
    const url = await kibana.ready;
    const body = (await (await fetch(`${url}/api/status`)).json()) as StatusBody;
    expect(body.status.overall.level).toBe('available');
    expect(body.status.core.storage.summary).toBe('SQLite is available');
    expect(Object.keys(body.status.plugins)).toEqual(expect.arrayContaining(['encryptedSavedObjects', 'spaces']));
    kibana.child.kill('SIGTERM');
    expect(await kibana.exited).toBe(0);
  });

  describe('with storage.url', () => {
    let postgres: TestPostgres;
    beforeAll(async () => {
      postgres = await startTestPostgres();
    });
    afterAll(() => postgres.stop());

    test('serves /api/status on PostgreSQL', async () => {
      kibana = startKibana(['--server.port=0', `--path.data=${join(dataDir.path, 'pg')}`, `--storage.url=${postgres.url}`]);
      const url = await kibana.ready;
      const body = (await (await fetch(`${url}/api/status`)).json()) as StatusBody;
      expect(body.status.overall.level).toBe('available');
      expect(body.status.core.storage.summary).toBe('PostgreSQL is available');
    });
  });

  test('an unknown key in kibana.yml fails start, naming the key and the file', async () => {
    const config = configFile('unknown.yml', 'server.port: 5601\nserver.prot: 5602\n');
    kibana = startKibana(['--config', config]);
    expect(await kibana.exited).toBe(1);
    expect(kibana.output()).toContain(`FATAL  [config validation of [server].prot]: definition for this key is missing (set in ${config})`);
  });

  test('a value of the wrong type fails start, naming the key and the file', async () => {
    const config = configFile('wrong_type.yml', 'server:\n  port: not-a-port\n');
    kibana = startKibana(['--config', config]);
    expect(await kibana.exited).toBe(1);
    expect(kibana.output()).toContain(`FATAL  [config validation of [server].port]: expected value of type [number] but got [string] (set in ${config})`);
  });

  test('--help prints the usage and exits 0', async () => {
    kibana = startKibana(['--help']);
    expect(await kibana.exited).toBe(0);
    expect(kibana.output()).toContain('--config <path>');
  });
});
