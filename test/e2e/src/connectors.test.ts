import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDataDir, startKibana, type KibanaProcess } from '@kbn/test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const CONNECTORS_PATH = '/app/management/insightsAndAlerting/triggersActionsConnectors';

describe('Connectors page in a real browser against the real server', () => {
  const dataDir = createTestDataDir('kbn-e2e-');
  let kibana: KibanaProcess;
  let url: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, { ...init, headers: { 'kbn-xsrf': 'e2e', 'content-type': 'application/json', ...init.headers } });

  beforeAll(async () => {
    const config = join(dataDir.path, 'kibana.yml');
    writeFileSync(
      config,
      [
        'server.host: 127.0.0.1',
        'xpack.actions.preconfigured:',
        '  ops-preconfigured:',
        '    name: Preconfigured log',
        '    actionTypeId: .server-log',
      ].join('\n')
    );
    kibana = startKibana(['--config', config, '--server.port=0', `--path.data=${join(dataDir.path, 'data')}`]);
    url = await kibana.ready;
    expect((await api('/api/spaces/space', { method: 'POST', body: JSON.stringify({ id: 'ops', name: 'Ops' }) })).status).toBe(200);
    browser = await launchBrowser();
    page = await openPage(browser);
    page.on('console', (message) => {
      // The only expected one is the favicon 404.
      const where = message.location().url;
      if (message.type() === 'error' && !where.includes('favicon')) consoleErrors.push(`${message.text()} (${where})`);
    });
  }, 60_000);

  afterEach(async () => {
    // The page as each test left it: the artifact to look at when one fails.
    const name = (expect.getState().currentTestName ?? 'test').replace(/[^a-z0-9]+/gi, '-').slice(-60);
    await screenshot(page, `after-${name}`).catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await kibana?.stop();
    dataDir.cleanup();
  });

  test('lists the connectors of the space, with the preconfigured one not deletable', async () => {
    await page.goto(`${url}/s/ops${CONNECTORS_PATH}`);
    await page.getByRole('heading', { name: 'Connectors', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Preconfigured log/ });
    await row.getByText('Preconfigured', { exact: true }).waitFor();
    expect(await row.getByRole('checkbox').isDisabled()).toBe(true);
    expect(await row.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await expect(page.getByRole('navigation', { name: 'Stack Management' }).getByRole('link', { name: 'Saved objects' }).getAttribute('href')).resolves.toBe(
      '/s/ops/app/management/kibana/objects'
    );
    await screenshot(page, '01-connectors-list');
  });

  test('creates a Server log connector in the space with the suggested id', async () => {
    await page.getByRole('button', { name: 'Create connector' }).click();
    const flyout = page.getByRole('dialog');
    await flyout.getByText('Select a connector').waitFor();
    await screenshot(page, '02-select-connector-type');
    await flyout.getByRole('button', { name: /Server log/ }).click();
    await flyout.getByLabel('Connector name').fill('Ops alerts');
    expect(await flyout.getByLabel('Connector ID').inputValue()).toBe('ops-alerts');
    await flyout.getByText('This ID is available.').waitFor();
    await screenshot(page, '03-server-log-form');
    await flyout.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Edit Ops alerts' }).waitFor();
    await page.getByText("Created 'Ops alerts'").waitFor();
    expect((await api('/s/ops/api/actions/connector/ops-alerts')).status).toBe(200);
    expect((await api('/api/actions/connector/ops-alerts')).status).toBe(404);
    await screenshot(page, '04-created');
  });

  test('an id already in use is refused before saving', async () => {
    await page.getByRole('button', { name: 'Create connector' }).click();
    const flyout = page.getByRole('dialog');
    await flyout.getByRole('button', { name: /Server log/ }).click();
    await flyout.getByLabel('Connector name').fill('Ops alerts');
    await flyout.getByText('A connector with this ID already exists.').waitFor();
    await page.keyboard.press('Escape');
    await flyout.waitFor({ state: 'detached' });
  });

  test('runs the connector from the Test tab', async () => {
    await page.getByRole('button', { name: 'Edit Ops alerts' }).click();
    const flyout = page.getByRole('dialog');
    expect(await flyout.getByLabel('Connector ID').getAttribute('readonly')).not.toBeNull();
    await flyout.getByRole('tab', { name: 'Test' }).click();
    await flyout.getByLabel('Action params').fill('{"message": "hello from the e2e suite", "level": "info"}');
    await flyout.getByRole('button', { name: 'Run' }).click();
    await flyout.getByText('Test was successful').waitFor();
    await screenshot(page, '05-test-tab');
    await page.keyboard.press('Escape');
    await flyout.waitFor({ state: 'detached' });
  });

  test('the Logs tab shows the run with its KPI', async () => {
    await page.getByRole('tab', { name: 'Logs' }).click();
    expect(page.url()).toContain(`/s/ops${CONNECTORS_PATH}/logs`);
    const table = page.getByRole('table');
    // The event log writes in the background: refresh until the run is there.
    for (let attempt = 0; attempt < 20 && (await table.getByText('Ops alerts', { exact: true }).count()) === 0; attempt++) {
      await page.waitForTimeout(500);
      await page.getByRole('button', { name: 'Refresh' }).click();
    }
    // The name is in the Connector column and in the message (`action executed: .server-log:ops-alerts: Ops alerts`).
    await table.getByText('Ops alerts', { exact: true }).first().waitFor();
    await table.getByText('Succeeded').first().waitFor();
    await page.getByRole('img', { name: 'Executions by outcome' }).waitFor();
    await screenshot(page, '06-logs-tab');
    await page.getByRole('tab', { name: 'Connectors' }).click();
  });

  test('searches and filters by type', async () => {
    await api('/s/ops/api/actions/connector/second-log', { method: 'POST', body: JSON.stringify({ name: 'Second log', connector_type_id: '.server-log' }) });
    await page.goto(`${url}/s/ops${CONNECTORS_PATH}`);
    // EUI's incremental search reacts to key presses, so type instead of fill.
    await page.getByRole('searchbox', { name: 'Search connectors' }).pressSequentially('second');
    await page.getByRole('button', { name: 'Edit Ops alerts' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Edit Second log' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search connectors' }).fill('');
    await page.getByRole('searchbox', { name: 'Search connectors' }).press('Enter');
    await page.locator('.euiFilterButton', { hasText: 'Type' }).click();
    await page.getByRole('option', { name: /Server log \(3\)/ }).waitFor();
    await screenshot(page, '07-type-filter');
    await page.keyboard.press('Escape');
  });

  test('deletes one connector after confirming, then two at once', async () => {
    await page.getByRole('row', { name: /Ops alerts/ }).getByRole('button', { name: 'Delete' }).click();
    const modal = page.getByRole('alertdialog');
    await modal.getByText('Delete 1 connector').waitFor();
    await screenshot(page, '08-delete-modal');
    await modal.getByRole('button', { name: 'Delete connector' }).click();
    await page.getByText('Deleted 1 connector').waitFor();
    await page.getByRole('button', { name: 'Edit Ops alerts' }).waitFor({ state: 'detached' });
    expect((await api('/s/ops/api/actions/connector/ops-alerts')).status).toBe(404);

    await api('/s/ops/api/actions/connector/third-log', { method: 'POST', body: JSON.stringify({ name: 'Third log', connector_type_id: '.server-log' }) });
    await page.goto(`${url}/s/ops${CONNECTORS_PATH}`);
    await page.getByRole('row', { name: /Second log/ }).getByRole('checkbox').check();
    await page.getByRole('row', { name: /Third log/ }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Delete 2 connectors' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete 2 connectors' }).click();
    await page.getByText('Deleted 2 connectors').waitFor();
    await screenshot(page, '09-after-bulk-delete');
    expect(consoleErrors).toEqual([]);
  });
});
