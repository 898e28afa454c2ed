import { type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, InsertQueryNode, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { MemoryLogger } from '@kbn/core-server/mocks';
import { describeEachStore } from '@kbn/test';
import type { IValidatedEvent } from '../event/event_schema';
import { startEventLogServer, type EventLogTestServer } from '../event_log_test_server.mock';
import { EventWriter, type EventWriterOptions } from './event_writer';

/** Counts the INSERT statements the store receives, per table: a spy on the real store, not a stand-in. */
class InsertCounter implements KyselyPlugin {
  public readonly inserts = new Map<string, number>();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node) && node.into) {
      const table = node.into.table.identifier.name;
      this.inserts.set(table, (this.inserts.get(table) ?? 0) + 1);
    }
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

const at = (i: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, 0, i)).toISOString();
const eventNumber = (i: number, objectId: string): IValidatedEvent => ({
  '@timestamp': at(i),
  event: { provider: 'fixture', action: 'ping', sequence: i },
  kibana: { saved_objects: [{ rel: 'primary', type: 'writer-test', id: objectId }], space_ids: ['default'] },
});

describeEachStore('EventWriter', (getStore) => {
  let server: EventLogTestServer;
  beforeAll(async () => {
    server = await startEventLogServer(getStore());
  });
  afterAll(() => server?.stop());

  function writer(options: Partial<EventWriterOptions> = {}) {
    const log = new MemoryLogger();
    const instance = new EventWriter({ log, maxEvents: 100, flushIntervalMs: 60_000, maxQueued: 100_000, retries: 3, retryDelayMs: 1, ...options });
    return { instance, log };
  }
  const stored = async (objectId: string) => (await server.client().findEventsBySavedObjectIds('writer-test', [objectId], { per_page: 0 })).total;

  test('many events become a few multi-row inserts, one per batch', async () => {
    const counter = new InsertCounter();
    const { instance } = writer({ maxEvents: 100 });
    instance.attach({ ...server.store, db: server.store.db.withPlugin(counter) });
    for (let i = 0; i < 250; i++) instance.write(eventNumber(i, 'many'));
    await instance.flush();
    expect(await stored('many')).toBe(250);
    expect(Object.fromEntries(counter.inserts)).toEqual({ event_log: 3, event_log_saved_objects: 3, event_log_space_ids: 3 });
  });

  test('nothing is stored before the batch is due; flush stores everything', async () => {
    const { instance } = writer({ maxEvents: 1000, flushIntervalMs: 60_000 });
    instance.attach(server.store);
    for (let i = 0; i < 20; i++) instance.write(eventNumber(i, 'waiting'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stored('waiting')).toBe(0);
    await instance.flush();
    expect(await stored('waiting')).toBe(20);
  });

  test('a full batch is written at once, without waiting for the interval', async () => {
    const { instance } = writer({ maxEvents: 10, flushIntervalMs: 60_000 });
    instance.attach(server.store);
    for (let i = 0; i < 10; i++) instance.write(eventNumber(i, 'full'));
    for (let tries = 0; tries < 100 && (await stored('full')) < 10; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored('full')).toBe(10);
  });

  test('the interval writes a partial batch', async () => {
    const { instance } = writer({ maxEvents: 100, flushIntervalMs: 20 });
    instance.attach(server.store);
    instance.write(eventNumber(0, 'interval'));
    for (let tries = 0; tries < 100 && (await stored('interval')) < 1; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await stored('interval')).toBe(1);
  });

  test('events written before the store is attached wait for it', async () => {
    const { instance } = writer({ flushIntervalMs: 1 });
    instance.write(eventNumber(0, 'early'));
    await instance.flush();
    expect(await stored('early')).toBe(0);
    instance.attach(server.store);
    await instance.flush();
    expect(await stored('early')).toBe(1);
  });

  test('beyond maxQueued, new events are dropped and logged', async () => {
    const { instance, log } = writer({ maxQueued: 5 });
    for (let i = 0; i < 8; i++) instance.write(eventNumber(i, 'overflow'));
    instance.attach(server.store);
    await instance.flush();
    expect(await stored('overflow')).toBe(5);
    expect(log.messages('error')).toEqual([
      'The event log holds 5 unwritten events; dropping new ones until the store catches up',
      'The event log dropped 3 events while its buffer was full',
    ]);
  });

  test('stop writes what is buffered; later events are not stored', async () => {
    const { instance } = writer();
    instance.attach(server.store);
    instance.write(eventNumber(0, 'stopping'));
    await instance.stop();
    instance.write(eventNumber(1, 'stopping'));
    await instance.flush();
    expect(await stored('stopping')).toBe(1);
  });
});

describeEachStore('EventWriter with the store down', (getStore) => {
  test('retries a few times, then drops the batch with an error log, never throwing', async () => {
    const server = await startEventLogServer(getStore());
    const { store } = server;
    await server.stop();
    const log = new MemoryLogger();
    const instance = new EventWriter({ log, maxEvents: 100, flushIntervalMs: 1, maxQueued: 100, retries: 2, retryDelayMs: 1 });
    instance.attach(store);
    instance.write(eventNumber(0, 'lost'));
    instance.write(eventNumber(1, 'lost'));
    await expect(instance.flush()).resolves.toBeUndefined();
    expect(log.messages('warn')).toHaveLength(2);
    expect(log.messages('error')).toEqual([expect.stringMatching(/^Unable to store 2 events after 3 attempts, dropping them: /)]);
  });
});
