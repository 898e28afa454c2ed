import { describeEachStore } from '@kbn/test';
import { startEventLogServer, type EventLogTestServer } from './event_log_test_server.mock';

interface StatusBody {
  status: { plugins: Record<string, { level: string }> };
}

const ping = (id: string) => ({
  event: { action: 'ping' },
  kibana: { saved_objects: [{ rel: 'primary', type: 'fixture-object', id }], space_ids: ['default'] },
});

describeEachStore('eventLog plugin', (getStore) => {
  describe('with the default config', () => {
    let server: EventLogTestServer;
    beforeAll(async () => {
      server = await startEventLogServer(getStore());
    });
    afterAll(() => server?.stop());

    test('core reports the plugin available', async () => {
      const body = (await (await fetch(`${server.root.url}/api/status`)).json()) as StatusBody;
      expect(body.status.plugins['eventLog']).toMatchObject({ level: 'available' });
    });

    test('stores events and keeps them out of the server log (indexEntries: true, logEntries: false)', async () => {
      expect(server.eventLog.isIndexingEntries()).toBe(true);
      expect(server.eventLog.isLoggingEntries()).toBe(false);
      server.eventLog.getLogger({ event: { provider: 'fixture' } }).logEvent(ping('stored'));
      await server.start.flush();
      const found = await server.client().findEventsBySavedObjectIds('fixture-object', ['stored']);
      expect(found.total).toBe(1);
      expect(server.logs().filter((line) => line.message.startsWith('event logged: '))).toEqual([]);
    });

    test('an event logged during setup, before the store opened, is stored', async () => {
      await server.start.flush();
      const found = await server.client().findEventsBySavedObjectIds('fixture-object', ['setup-time']);
      expect(found.data.map((event) => event.message)).toContain('logged during setup');
    });

    test('an unregistered provider is refused and logged at warn by plugins.eventLog', async () => {
      server.eventLog.getLogger({ event: { provider: 'nobody' } }).logEvent(ping('refused'));
      await server.start.flush();
      expect((await server.client().findEventsBySavedObjectIds('fixture-object', ['refused'])).total).toBe(0);
      const warnings = server.logs().filter((line) => line.log.level === 'WARN');
      expect(warnings).toContainEqual(
        expect.objectContaining({
          message: expect.stringMatching(/^invalid event logged: unregistered provider\/action: "nobody" \/ "ping"; \{/),
          log: { level: 'WARN', logger: 'plugins.eventLog' },
        })
      );
    });

    test('a provider registers once, with Kibana messages', () => {
      expect(() => server.eventLog.registerProviderActions('fixture', ['other'])).toThrow('provider already registered: "fixture"');
      expect(() => server.eventLog.registerProviderActions('empty', [])).toThrow('actions parameter must not be empty for provider: "empty"');
      expect(server.eventLog.getProviderActions().get('actions')).toEqual(new Set(['execute-start', 'execute', 'execute-timeout']));
    });
  });

  test('logEntries: true writes each event to the server log; indexEntries: false stores none', async () => {
    const server = await startEventLogServer(getStore(), { config: { 'xpack.eventLog.logEntries': true, 'xpack.eventLog.indexEntries': false } });
    try {
      server.eventLog.getLogger({ event: { provider: 'fixture' } }).logEvent(ping('logged-only'));
      await server.start.flush();
      const lines = server.logs().filter((line) => line.message.startsWith('event logged: '));
      expect(lines.map((line) => line.log)).toContainEqual({ level: 'INFO', logger: 'plugins.eventLog' });
      const logged = lines.map((line) => JSON.parse(line.message.slice('event logged: '.length)) as { kibana: { saved_objects: Array<{ id: string }> } });
      expect(logged.map((event) => event.kibana.saved_objects[0].id)).toEqual(expect.arrayContaining(['setup-time', 'logged-only']));
      expect((await server.client().findEventsBySavedObjectIds('fixture-object', ['logged-only'])).total).toBe(0);
    } finally {
      await server.stop();
    }
  });

  test('events still buffered when the server stops are stored', async () => {
    const config = { 'xpack.eventLog.writeBuffer.flushIntervalMs': 60_000 };
    const server = await startEventLogServer(getStore(), { config });
    server.eventLog.getLogger({ event: { provider: 'fixture' } }).logEvent(ping('at-stop'));
    await server.stop();
    // The same store and data folder, started again.
    const again = await startEventLogServer(getStore(), { config });
    try {
      expect((await again.client().findEventsBySavedObjectIds('fixture-object', ['at-stop'])).total).toBe(1);
    } finally {
      await again.stop();
    }
  });
});
