/** @jest-environment node */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestRoot, type TestRoot } from '@kbn/core-server/mocks';
import { UI_DIST_DIR, renderAppPage } from './render_app_page';

describe('renderAppPage', () => {
  test('points the page at the bundle below the base path and tells the shell the base path', () => {
    const html = renderAppPage('<!doctype html><html><head><title>x</title></head></html>', '/kbn"x');
    expect(html).toContain('<head><base href="/kbn&quot;x/ui/"><meta name="kbn-base-path" content="/kbn&quot;x"><title>');
  });
});

describe('the app page route', () => {
  let root: TestRoot;
  beforeAll(async () => {
    root = await createTestRoot({ plugins: ['triggersActionsUi'], config: { 'server.basePath': '/kbn' } });
  }, 60_000);
  afterAll(() => root?.stop());

  test('answers every /app page, in spaces too, with the shell page (or says the UI is not built)', async () => {
    const built = existsSync(join(UI_DIST_DIR, 'index.html'));
    for (const path of ['/kbn/app/management/insightsAndAlerting/triggersActionsConnectors', '/kbn/s/default/app/management']) {
      const response = await fetch(`${root.url}${path.replace('/kbn', '')}`);
      if (built) {
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<base href="/kbn/ui/">');
      } else {
        expect(response.status).toBe(503);
      }
    }
  });
});
