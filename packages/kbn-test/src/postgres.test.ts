import { Client } from 'pg';
import { startTestPostgres } from './postgres';

describe('startTestPostgres', () => {
  test('gives each caller a database of its own, dropped on stop', async () => {
    const first = await startTestPostgres();
    const second = await startTestPostgres();
    expect(first.url).not.toEqual(second.url);
    const client = new Client({ connectionString: first.url });
    await client.connect();
    await client.query('create table t (a int)');
    const { rows } = await client.query('select current_database() as name');
    await client.end();
    expect(first.url.endsWith(`/${rows[0].name}`)).toBe(true);
    await first.stop();
    await second.stop();
    const again = new Client({ connectionString: first.url });
    await expect(again.connect()).rejects.toThrow(/does not exist/);
  }, 60_000);
});
