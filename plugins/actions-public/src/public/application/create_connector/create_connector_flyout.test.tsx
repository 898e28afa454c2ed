import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listRoutes, renderConnectorsApp } from '../connectors_app.mock';

async function openFlyout(routes: Parameters<typeof renderConnectorsApp>[0] = {}) {
  const rendered = renderConnectorsApp({ ...listRoutes(), ...routes });
  await userEvent.click(await screen.findByRole('button', { name: 'Create connector' }));
  return { ...rendered, flyout: await screen.findByRole('dialog') };
}

describe('Create connector flyout', () => {
  test('shows a card per type with a model, greys out disabled ones with the reason, and leaves system actions out', async () => {
    const { flyout } = await openFlyout();
    expect(within(flyout).getByText('Select a connector')).toBeTruthy();
    expect(within(flyout).getByText('Add a message to a Kibana log.')).toBeTruthy();
    const index = within(flyout).getByRole('button', { name: /Index/ }) as HTMLButtonElement;
    expect(index.disabled).toBe(true);
    expect(within(flyout).queryByText('Cases')).toBeNull();
    await userEvent.hover(index.closest('.euiCard') as HTMLElement);
    expect(await screen.findByText('This connector requires a Gold license.')).toBeTruthy();
  });

  test('searches the cards', async () => {
    const { flyout } = await openFlyout();
    await userEvent.type(within(flyout).getByRole('searchbox', { name: 'Search connector types' }), 'kibana log');
    expect(within(flyout).getByText('Server log')).toBeTruthy();
    expect(within(flyout).queryByText('Index')).toBeNull();
  });

  test('suggests the id from the name until it is edited, checks it, and creates the connector', async () => {
    const { flyout, requests, toasts } = await openFlyout({
      'GET /s/ops/api/actions/connector/ops-alerts/_check_availability': { status: 200, body: { connectorIdAvailable: true } },
      'POST /s/ops/api/actions/connector/ops-alerts': (body) => ({ status: 200, body: { id: 'ops-alerts', ...(body as object), is_preconfigured: false, is_deprecated: false, is_system_action: false } }),
    });
    await userEvent.click(within(flyout).getByRole('button', { name: /Server log/ }));
    expect(within(flyout).getByText('Server log connector')).toBeTruthy();
    await userEvent.type(within(flyout).getByLabelText('Connector name'), 'Ops Alerts');
    expect((within(flyout).getByLabelText('Connector ID') as HTMLInputElement).value).toBe('ops-alerts');
    expect(await within(flyout).findByText('This ID is available.')).toBeTruthy();
    await userEvent.click(within(flyout).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(toasts.addSuccess).toHaveBeenCalledWith("Created 'Ops Alerts'"));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Ops Alerts', connector_type_id: '.server-log', config: {}, secrets: {} });
  });

  test("refuses ids by Kibana's rules and ids already taken, and keeps an edited id", async () => {
    const { flyout, requests } = await openFlyout({
      'GET /s/ops/api/actions/connector/ops-log/_check_availability': { status: 200, body: { connectorIdAvailable: false } },
    });
    await userEvent.click(within(flyout).getByRole('button', { name: /Server log/ }));
    const id = within(flyout).getByLabelText('Connector ID');
    await userEvent.type(id, 'Ops_Log');
    expect(within(flyout).getByText('Connector ID must contain only lowercase letters, numbers, and hyphens.')).toBeTruthy();
    await userEvent.type(within(flyout).getByLabelText('Connector name'), 'Something else');
    expect((id as HTMLInputElement).value).toBe('Ops_Log');
    await userEvent.clear(id);
    await userEvent.type(id, 'ops-log');
    expect(await within(flyout).findByText('A connector with this ID already exists.')).toBeTruthy();
    await userEvent.click(within(flyout).getByRole('button', { name: 'Save' }));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  test('needs a name', async () => {
    const { flyout } = await openFlyout();
    await userEvent.click(within(flyout).getByRole('button', { name: /Server log/ }));
    await userEvent.click(within(flyout).getByRole('button', { name: 'Save' }));
    expect(within(flyout).getByText('Name is required.')).toBeTruthy();
    expect(within(flyout).getByText('Connector ID is required.')).toBeTruthy();
  });
});
