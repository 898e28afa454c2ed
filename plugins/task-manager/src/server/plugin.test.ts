import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import type { TaskManagerServerStart } from './plugin';

interface StatusBody {
  status: { plugins: Record<string, { level: string }> };
}

describe('taskManager in a real server', () => {
  let server: TestRoot;

  beforeAll(async () => {
    server = await createTestRoot({ plugins: ['taskManager'] });
  });

  afterAll(() => server?.stop());

  test('GET /api/task_manager/_status reports when the plugin started', async () => {
    const res = await fetch(`${server.url}/api/task_manager/_status`);
    expect(res.status).toBe(200);
    const { startedAt } = server.plugins.get('taskManager') as TaskManagerServerStart;
    expect(await res.json()).toEqual({ id: 'taskManager', started_at: startedAt.toISOString() });
  });

  test('core reports the plugin available', async () => {
    const body = (await (await fetch(`${server.url}/api/status`)).json()) as StatusBody;
    expect(body.status.plugins['taskManager']).toMatchObject({ level: 'available' });
  });

  test('taskManager.enabled: false turns the plugin off', async () => {
    const disabled = await createTestRoot({ plugins: ['taskManager'], config: { 'taskManager.enabled': false } });
    try {
      expect(disabled.plugins.has('taskManager')).toBe(false);
      expect((await fetch(`${disabled.url}/api/task_manager/_status`)).status).toBe(404);
    } finally {
      await disabled.stop();
    }
  });
});
