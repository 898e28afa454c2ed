import { act, screen } from '@testing-library/react';
import { createCoreSystem } from './core_system';

function start(pathname: string) {
  const rootElement = document.createElement('div');
  document.body.appendChild(rootElement);
  const core = createCoreSystem({ rootElement, serverBasePath: '/kbn', pathname });
  core.setup.application.registerManagementApp({
    id: 'triggersActionsConnectors',
    title: 'Connectors',
    section: 'insightsAndAlerting',
    render: ({ spaceId, appPath }) => <p>connectors in {spaceId} at {appPath}</p>,
  });
  act(() => void core.start());
  return core;
}

describe('createCoreSystem', () => {
  test('mounts the app the URL names, in its space, with the Stack Management navigation', () => {
    const core = start('/kbn/s/ops/app/management/insightsAndAlerting/triggersActionsConnectors/logs');
    expect(screen.getByText('connectors in ops at /logs')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Stack Management' });
    expect(nav.querySelector('a[href="/kbn/s/ops/app/management/insightsAndAlerting/triggersActionsConnectors"]')?.textContent).toBe('Connectors');
    expect(nav.querySelector('a[href="/kbn/s/ops/app/management/kibana/objects"]')?.textContent).toBe('Saved objects');
    expect(core.setup.http.prepend('/api/x')).toBe('/kbn/s/ops/api/x');
    act(() => core.unmount());
  });

  test('says so when no app matches', () => {
    const core = start('/kbn/app/management/nothing');
    expect(screen.getByText('Application not found')).toBeTruthy();
    act(() => core.unmount());
  });
});
