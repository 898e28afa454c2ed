import { describeEachStore } from '@kbn/test';
import type { IEvent } from '../event/event_schema';
import { startEventLogServer, type EventLogTestServer } from '../event_log_test_server.mock';

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 12, 0, second)).toISOString();

function onObject(id: string, namespace?: string, extra: Partial<{ space_agnostic: boolean; rel: string }> = {}): IEvent['kibana'] {
  return {
    saved_objects: [{ rel: extra.rel ?? 'primary', type: 'action', id, type_id: '.webhook', ...(namespace ? { namespace } : {}), ...extra }],
    space_ids: [namespace ?? 'default'],
  };
}

describeEachStore('findEventsBySavedObjectIds', (getStore) => {
  let server: EventLogTestServer;

  beforeAll(async () => {
    server = await startEventLogServer(getStore());
    const logger = server.eventLog.getLogger({ event: { provider: 'fixture' } });
    // 15 events of connector `a` in the default space (Kibana leaves `namespace` out there).
    for (let i = 0; i < 15; i++) {
      logger.logEvent({
        '@timestamp': at(i),
        message: `a-${i}`,
        event: { action: i % 3 === 0 ? 'pong' : 'ping', outcome: i % 2 === 0 ? 'success' : 'failure' },
        kibana: onObject('a'),
      });
    }
    // An object with the same id in another space, and one that belongs to no space.
    for (let i = 0; i < 3; i++) logger.logEvent({ '@timestamp': at(30 + i), message: `space-a-${i}`, event: { action: 'ping' }, kibana: onObject('a', 'space-a') });
    logger.logEvent({ '@timestamp': at(40), message: 'agnostic', event: { action: 'ping' }, kibana: onObject('preconfigured', undefined, { space_agnostic: true }) });
    // `a` only as a related object of `b`'s event: not an event of `a`.
    logger.logEvent({
      '@timestamp': at(41),
      message: 'b with a related',
      event: { action: 'ping' },
      kibana: { saved_objects: [{ rel: 'primary', type: 'action', id: 'b' }, { type: 'action', id: 'a' }], space_ids: ['default'] },
    });
    logger.logEvent({ '@timestamp': at(42), message: 'legacy', event: { action: 'ping' }, kibana: onObject('legacy-a') });
    await server.start.flush();
  });
  afterAll(() => server?.stop());

  const find = (...args: Parameters<ReturnType<EventLogTestServer['client']>['findEventsBySavedObjectIds']>) =>
    server.client().findEventsBySavedObjectIds(...args);
  const messages = (result: { data: Array<{ message?: string }> }) => result.data.map((event) => event.message);

  test("Kibana's defaults: page 1 of 10, oldest first; each event is the whole stored document with its id", async () => {
    const result = await find('action', ['a']);
    expect(result).toMatchObject({ page: 1, per_page: 10, total: 15 });
    expect(messages(result)).toEqual(Array.from({ length: 10 }, (_, i) => `a-${i}`));
    expect(result.data[0]).toEqual({
      _id: expect.any(String),
      '@timestamp': at(0),
      message: 'a-0',
      ecs: { version: '1.8.0' },
      event: { provider: 'fixture', action: 'pong', outcome: 'success' },
      kibana: {
        server_uuid: expect.any(String),
        version: expect.any(String),
        saved_objects: [{ rel: 'primary', type: 'action', id: 'a', type_id: '.webhook' }],
        space_ids: ['default'],
      },
    });
  });

  test('pages do not overlap and end with the rest', async () => {
    const second = await find('action', ['a'], { page: 2, per_page: 10 });
    expect(second).toMatchObject({ page: 2, per_page: 10, total: 15 });
    expect(messages(second)).toEqual(['a-10', 'a-11', 'a-12', 'a-13', 'a-14']);
    expect((await find('action', ['a'], { page: 3 })).data).toEqual([]);
    expect(await find('action', ['a'], { per_page: 0 })).toMatchObject({ total: 15, data: [] });
  });

  test('sorts on one field or several', async () => {
    expect(messages(await find('action', ['a'], { per_page: 3, sort: [{ sort_field: '@timestamp', sort_order: 'desc' }] }))).toEqual(['a-14', 'a-13', 'a-12']);
    const byAction = await find('action', ['a'], {
      per_page: 15,
      sort: [
        { sort_field: 'event.action', sort_order: 'desc' },
        { sort_field: '@timestamp', sort_order: 'desc' },
      ],
    });
    expect(messages(byAction).slice(0, 5)).toEqual(['a-12', 'a-9', 'a-6', 'a-3', 'a-0']);
    expect(messages(await find('action', ['a'], { per_page: 2, sort: [{ sort_field: 'message', sort_order: 'desc' }] }))).toEqual(['a-9', 'a-8']);
  });

  test('start and end bound @timestamp, both included', async () => {
    const result = await find('action', ['a'], { start: at(3), end: at(5) });
    expect(messages(result)).toEqual(['a-3', 'a-4', 'a-5']);
    expect((await find('action', ['a'], { start: at(14) })).total).toBe(1);
    expect((await find('action', ['a'], { end: '2025-01-01T12:00:00.000Z' })).total).toBe(1);
  });

  test('filters on provider, action and outcome', async () => {
    expect(messages(await find('action', ['a'], { filter: { action: 'pong', outcome: 'success' } }))).toEqual(['a-0', 'a-6', 'a-12']);
    expect((await find('action', ['a'], { filter: { outcome: ['success', 'failure'] } })).total).toBe(15);
    expect((await find('action', ['a'], { filter: { provider: 'actions' } })).total).toBe(0);
  });

  test("only the request's space: the same id in another space is another object", async () => {
    expect((await server.client('space-a').findEventsBySavedObjectIds('action', ['a'])).total).toBe(3);
    expect((await server.client('space-b').findEventsBySavedObjectIds('action', ['a'])).total).toBe(0);
    expect((await find('action', ['a'])).total).toBe(15);
  });

  test('space-agnostic objects are found from any space', async () => {
    expect(messages(await server.client('space-b').findEventsBySavedObjectIds('action', ['preconfigured']))).toEqual(['agnostic']);
    expect(messages(await find('action', ['preconfigured']))).toEqual(['agnostic']);
  });

  test('only primary references count; several ids and legacy ids are found together', async () => {
    expect(messages(await find('action', ['b']))).toEqual(['b with a related']);
    expect((await find('action', ['a', 'b'], { per_page: 100 })).total).toBe(16);
    expect(messages(await find('action', ['b'], {}, ['legacy-a']))).toEqual(['b with a related', 'legacy']);
    expect((await find('other-type', ['a'])).total).toBe(0);
    expect((await find('action', [])).total).toBe(0);
  });

  test("bad options fail with Kibana's messages", async () => {
    await expect(find('action', ['a'], { per_page: -1 })).rejects.toThrow('[per_page]: Value must be equal to or greater than [0].');
    await expect(find('action', ['a'], { start: 'not a date' })).rejects.toThrow('[start]: Invalid Date');
  });
});
