import { ECS_VERSION, type IEvent } from '../event/event_schema';
import { createMemoryEventLog } from '../mocks';

const SERVER_UUID = '5b2de169-2785-441b-ae8c-186a1936b17d';

function setup(options: { logEntries?: boolean; indexEntries?: boolean } = {}) {
  const { service, events: stored, systemLogger } = createMemoryEventLog({
    providers: { actions: ['execute-start', 'execute'] },
    serverUuid: SERVER_UUID,
    ...options,
  });
  return { service, systemLogger, stored, logger: service.getLogger({ event: { provider: 'actions' }, kibana: { space_ids: ['default'] } }) };
}

describe('EventLogger.logEvent', () => {
  test('fills @timestamp, ecs.version, kibana.server_uuid and kibana.version, and merges the initial properties deeply', () => {
    const { logger, stored } = setup();
    const before = Date.now();
    logger.logEvent({ event: { action: 'execute', outcome: 'success' }, kibana: { action: { id: 'c1', type_id: '.slack' } } });
    expect(stored).toHaveLength(1);
    const [event] = stored;
    expect(event).toEqual({
      '@timestamp': expect.any(String),
      ecs: { version: ECS_VERSION },
      event: { provider: 'actions', action: 'execute', outcome: 'success' },
      kibana: { server_uuid: SERVER_UUID, version: '9.1.0', space_ids: ['default'], action: { id: 'c1', type_id: '.slack' } },
    });
    expect(Date.parse(event['@timestamp'] ?? '')).toBeGreaterThanOrEqual(before - 1);
  });

  test("the caller's @timestamp and properties win over the initial ones; server fields always win", () => {
    const { logger, stored } = setup();
    logger.logEvent({
      '@timestamp': '2024-01-02T03:04:05.678Z',
      event: { action: 'execute' },
      kibana: { server_uuid: 'forged', space_ids: ['other'] },
    });
    expect(stored[0]['@timestamp']).toBe('2024-01-02T03:04:05.678Z');
    expect(stored[0].kibana).toMatchObject({ server_uuid: SERVER_UUID, space_ids: ['other'] });
  });

  test('the initial properties are not changed by logging', () => {
    const { service, stored } = setup();
    const initial: IEvent = { event: { provider: 'actions' } };
    const logger = service.getLogger(initial);
    logger.logEvent({ event: { action: 'execute' } });
    logger.logEvent({ event: { action: 'execute-start' } });
    expect(initial).toEqual({ event: { provider: 'actions' } });
    expect(stored.map((event) => event.event?.action)).toEqual(['execute', 'execute-start']);
  });

  test.each([
    [{ event: { action: 'execute', provider: 'unknown' } }, 'unregistered provider/action: "unknown" / "execute"'],
    [{ event: { action: 'delete' } }, 'unregistered provider/action: "actions" / "delete"'],
    [{ message: 'no action' }, '[action]: expected value of type [string] but got [undefined]'],
  ])('refuses an event of an unregistered or missing provider/action and logs why: %j', (event, reason) => {
    const { logger, stored, systemLogger } = setup();
    logger.logEvent(event);
    expect(stored).toEqual([]);
    expect(systemLogger.messages('warn')).toEqual([expect.stringContaining(`invalid event logged: ${reason}; {`)]);
  });

  test.each([
    [{ event: { action: 'execute', start: 'yesterday' } }, '[event.start]: string is not a valid ISO date: yesterday'],
    [{ event: { action: 'execute' }, unknownField: 1 } as IEvent, '[unknownField]: definition for this key is missing'],
    [{ event: { action: 'execute' }, kibana: { saved_objects: [{ rel: 'related', type: 'action', id: '1' }] } }, 'invalid rel property in saved_objects: "related"'],
  ])('drops an invalid event and logs why: %j', (event, reason) => {
    const { logger, stored, systemLogger } = setup();
    logger.logEvent(event);
    expect(stored).toEqual([]);
    expect(systemLogger.messages('warn')).toEqual([expect.stringContaining(reason)]);
  });

  test('never throws into the caller', () => {
    const { logger, stored } = setup();
    const circular: Record<string, unknown> = { event: { action: 'execute' } };
    circular.self = circular;
    expect(() => logger.logEvent(undefined as unknown as IEvent)).not.toThrow();
    expect(() => logger.logEvent(circular as IEvent)).not.toThrow();
    expect(stored).toEqual([]);
  });

  test('logEntries: each stored event also goes to the server log', () => {
    const { logger, systemLogger, service } = setup({ logEntries: true });
    expect(service.isLoggingEntries()).toBe(true);
    logger.logEvent({ event: { action: 'execute' }, message: 'hello' });
    const [line] = systemLogger.messages('info');
    expect(line.startsWith('event logged: ')).toBe(true);
    expect(JSON.parse(line.slice('event logged: '.length))).toMatchObject({ message: 'hello', event: { provider: 'actions' } });
  });

  test('indexEntries: false stores nothing', () => {
    const { logger, stored, service } = setup({ indexEntries: false });
    expect(service.isIndexingEntries()).toBe(false);
    logger.logEvent({ event: { action: 'execute' } });
    expect(stored).toEqual([]);
  });
});

describe('EventLogger timing', () => {
  test('startTiming sets event.start, stopTiming sets event.end and the duration in nanoseconds', async () => {
    const { logger } = setup();
    const event: IEvent = {};
    logger.startTiming(event, new Date(Date.now() - 1500));
    logger.stopTiming(event);
    const duration = Number(event.event?.duration);
    expect(duration).toBeGreaterThanOrEqual(1500 * 1_000_000);
    expect(duration).toBeLessThan(5000 * 1_000_000);
    expect(typeof event.event?.duration).toBe('string');
    expect(Date.parse(event.event?.end ?? '') - Date.parse(event.event?.start ?? '')).toBe(duration / 1_000_000);
  });

  test('stopTiming without a valid start leaves the event alone', () => {
    const { logger } = setup();
    const withoutStart: IEvent = { event: {} };
    logger.stopTiming(withoutStart);
    expect(withoutStart).toEqual({ event: {} });
    const garbage: IEvent = { event: { start: 'not a date' } };
    logger.stopTiming(garbage);
    expect(garbage).toEqual({ event: { start: 'not a date' } });
  });
});

describe('EventLogService registry', () => {
  test('registration questions', () => {
    const { service } = setup();
    expect(service.isProviderActionRegistered('actions', 'execute')).toBe(true);
    expect(service.isProviderActionRegistered('actions', 'other')).toBe(false);
    expect(service.isProviderActionRegistered('other', 'execute')).toBe(false);
    const copy = service.getProviderActions();
    copy.get('actions')?.add('hacked');
    expect(service.isProviderActionRegistered('actions', 'hacked')).toBe(false);
  });
});
