import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connectors, listRoutes, renderConnectorsApp } from '../connectors_app.mock';

async function openEdit(name: string, routes: Parameters<typeof renderConnectorsApp>[0] = {}) {
  const rendered = renderConnectorsApp({ ...listRoutes(), ...routes });
  await userEvent.click(await screen.findByRole('button', { name: `Edit ${name}` }));
  return { ...rendered, flyout: await screen.findByRole('dialog') };
}

describe('Edit connector flyout', () => {
  test('edits the name with the id read-only, and saves with PUT', async () => {
    const { flyout, requests, toasts } = await openEdit('Ops log', {
      'PUT /s/ops/api/actions/connector/ops-log': (body) => ({ status: 200, body: { ...connectors[0], ...(body as object) } }),
    });
    const id = within(flyout).getByLabelText('Connector ID') as HTMLInputElement;
    expect(id.value).toBe('ops-log');
    expect(id.readOnly).toBe(true);
    const name = within(flyout).getByLabelText('Connector name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ops log (new)');
    expect(id.value).toBe('ops-log');
    await userEvent.click(within(flyout).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(toasts.addSuccess).toHaveBeenCalledWith("Updated 'Ops log (new)'"));
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ name: 'Ops log (new)', config: {}, secrets: {} });
    expect(requests.some((r) => r.url.includes('_check_availability'))).toBe(false);
  });

  test('Fix opens the flyout with the missing secrets explained', async () => {
    renderConnectorsApp(listRoutes());
    await userEvent.click(await screen.findByRole('button', { name: 'Fix My index' }));
    expect(await within(await screen.findByRole('dialog')).findByText('Sensitive information is not imported')).toBeTruthy();
  });

  test('a preconfigured connector cannot be edited', async () => {
    const { flyout } = await openEdit('Preconfigured log');
    expect(within(flyout).getByText('This connector is preconfigured and cannot be edited')).toBeTruthy();
    expect(within(flyout).queryByRole('button', { name: 'Save' })).toBeNull();
  });

  test('the Test tab runs the connector with JSON params and shows success or the error', async () => {
    let answer = { status: 200, body: { connector_id: 'ops-log', status: 'ok' } as Record<string, unknown> };
    const { flyout, requests } = await openEdit('Ops log', { 'POST /s/ops/api/actions/connector/ops-log/_execute': () => answer });
    await userEvent.click(within(flyout).getByRole('tab', { name: 'Test' }));
    const params = within(flyout).getByLabelText('Action params');
    await userEvent.clear(params);
    await userEvent.type(params, '[1]');
    expect(within(flyout).getByText('Params must be a JSON object.')).toBeTruthy();
    expect((within(flyout).getByRole('button', { name: 'Run' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(params);
    await userEvent.type(params, '{{"message": "hello"}');
    await userEvent.click(within(flyout).getByRole('button', { name: 'Run' }));
    expect(await within(flyout).findByText('Test was successful')).toBeTruthy();
    expect(requests.find((r) => r.url.endsWith('/_execute'))?.body).toEqual({ params: { message: 'hello' } });

    answer = { status: 200, body: { connector_id: 'ops-log', status: 'error', message: 'error logging message', service_message: 'disk full' } };
    await userEvent.click(within(flyout).getByRole('button', { name: 'Run' }));
    const alert = await within(flyout).findByRole('alert');
    expect(alert.textContent).toContain('Test failed to run');
    expect(alert.textContent).toContain('error logging message');
    expect(alert.textContent).toContain('Details: disk full');
  });
});
