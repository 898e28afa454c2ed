import { createTestRoot } from '@kbn/core-server/mocks';
import type { LicensingServerStart } from './plugin';

describe('licensing in a real server', () => {
  test('a fresh platform runs a trial, which covers every level', async () => {
    const server = await createTestRoot({ plugins: ['licensing'] });
    try {
      const { license } = server.plugins.get('licensing') as LicensingServerStart;
      expect(license.type).toBe('trial');
      expect(license.hasAtLeast('enterprise')).toBe(true);
      expect(await (await fetch(`${server.url}/api/licensing/info`)).json()).toEqual({ license: { type: 'trial', mode: 'trial', status: 'active' } });
    } finally {
      await server.stop();
    }
  });

  test('xpack.licensing.type sets the level', async () => {
    const server = await createTestRoot({ plugins: ['licensing'], config: { 'xpack.licensing.type': 'gold' } });
    try {
      const { license } = server.plugins.get('licensing') as LicensingServerStart;
      expect([license.hasAtLeast('basic'), license.hasAtLeast('gold'), license.hasAtLeast('platinum')]).toEqual([true, true, false]);
    } finally {
      await server.stop();
    }
  });

  test('an unknown level fails start with Kibana’s schema message', async () => {
    await expect(createTestRoot({ plugins: ['licensing'], config: { 'xpack.licensing.type': 'diamond' } })).rejects.toThrow(
      '[config validation of [xpack.licensing].type]: types that failed validation'
    );
  });
});
