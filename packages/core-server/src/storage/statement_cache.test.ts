import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { withStatementCache } from './statement_cache';

describe('withStatementCache', () => {
  let database: Database.Database;
  beforeEach(() => {
    database = new Database(':memory:');
    database.exec('create table t (id integer primary key, name text)');
  });
  afterEach(() => {
    if (database.open) database.close();
  });

  test('the same SQL gets the same compiled statement', () => {
    const cached = withStatementCache(database);
    expect(cached.prepare('select * from t')).toBe(cached.prepare('select * from t'));
    expect(cached.prepare('select * from t')).not.toBe(cached.prepare('select id from t'));
  });

  test('a statement still being iterated is not handed out twice', () => {
    const cached = withStatementCache(database);
    database.exec("insert into t (name) values ('a'), ('b')");
    const first = cached.prepare('select * from t') as unknown as Database.Statement;
    const iterator = first.iterate();
    iterator.next();
    const second = cached.prepare('select * from t') as unknown as Database.Statement;
    expect(second).not.toBe(first);
    expect(second.all()).toHaveLength(2);
    iterator.return?.();
    expect(cached.prepare('select * from t')).toBe(first);
  });

  test('keeps at most `max` statements, evicting the least recently used', () => {
    const cached = withStatementCache(database, 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3'); // evicts "select 2", the least recently used
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  test('Kysely runs reads and writes through it, and a cached statement sees a later schema change', async () => {
    const db = new Kysely<{ t: { id: Generated<number>; name: string; extra?: string } }>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
    for (const name of ['a', 'b', 'a']) await db.insertInto('t').values({ name }).execute();
    const count = () => db.selectFrom('t').select((eb) => eb.fn.countAll<number>().as('n')).where('name', '=', 'a').executeTakeFirstOrThrow();
    expect((await count()).n).toBe(2);
    expect((await count()).n).toBe(2);
    const first = () => db.selectFrom('t').selectAll().where('id', '=', 1).executeTakeFirst();
    expect(await first()).toEqual({ id: 1, name: 'a' });
    await sql`alter table t add column extra text default 'x'`.execute(db);
    expect(await first()).toEqual({ id: 1, name: 'a', extra: 'x' });
    await db.destroy();
    expect(database.open).toBe(false);
  });
});
