import { createTestRoot } from '@kbn/core-server/mocks';
import { startTaskServer } from './test_server.mock';

interface StatusBody {
  status: { plugins: Record<string, { level: string }> };
}

describe('taskManager in a real server', () => {
  test('core reports the plugin available', async () => {
    const server = await startTaskServer(undefined);
    try {
      const body = (await (await fetch(`${server.url}/api/status`)).json()) as StatusBody;
      expect(body.status.plugins['taskManager']).toMatchObject({ level: 'available' });
    } finally {
      await server.stop();
    }
  });

  test('xpack.task_manager.enabled: false turns the plugin off', async () => {
    const disabled = await createTestRoot({ plugins: ['taskManager'], config: { 'xpack.task_manager.enabled': false } });
    try {
      expect(disabled.plugins.has('taskManager')).toBe(false);
      expect((await fetch(`${disabled.url}/api/task_manager/_health`)).status).toBe(404);
    } finally {
      await disabled.stop();
    }
  });

  test('an invalid setting fails start with the config message', async () => {
    await expect(createTestRoot({ plugins: ['taskManager'], config: { 'xpack.task_manager.poll_interval': 5 } })).rejects.toThrow(
      '[config validation of [xpack.task_manager].poll_interval]: Value must be equal to or greater than [100].'
    );
  });
});
