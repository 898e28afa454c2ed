import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { EventLogServerStart } from './plugin';

interface StatusBody {
  status: { plugins: Record<string, { level: string }> };
}

describe('eventLog in a real server', () => {
  let server: TestRoot;

  beforeAll(async () => {
    server = await createTestRoot({ plugins: ['eventLog'] });
  });

  afterAll(() => server?.stop());

  test('GET /api/event_log/_status reports when the plugin started', async () => {
    const res = await fetch(`${server.url}/api/event_log/_status`);
    expect(res.status).toBe(200);
    const { startedAt } = server.plugins.get('eventLog') as EventLogServerStart;
    expect(await res.json()).toEqual({ id: 'eventLog', started_at: startedAt.toISOString() });
  });

  test('core reports the plugin available', async () => {
    const body = (await (await fetch(`${server.url}/api/status`)).json()) as StatusBody;
    expect(body.status.plugins['eventLog']).toMatchObject({ level: 'available' });
  });

  test('eventLog.enabled: false turns the plugin off', async () => {
    const disabled = await createTestRoot({ plugins: ['eventLog'], config: { 'eventLog.enabled': false } });
    try {
      expect(disabled.plugins.has('eventLog')).toBe(false);
      expect((await fetch(`${disabled.url}/api/event_log/_status`)).status).toBe(404);
    } finally {
      await disabled.stop();
    }
  });
});
