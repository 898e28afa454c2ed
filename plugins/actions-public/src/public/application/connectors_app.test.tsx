import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connectors, listRoutes, renderConnectorsApp } from './connectors_app.mock';

describe('Connectors page', () => {
  test('shows a loading state, then the connectors of the space sorted by name, with type, badges and Fix', async () => {
    renderConnectorsApp(listRoutes());
    expect(screen.getByText('Loading connectors…')).toBeTruthy();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('button', { name: /^Edit / }).textContent)).toEqual(['My index', 'Ops log', 'Preconfigured log']);
    expect(within(rows[0]).getByText('Index')).toBeTruthy();
    expect(within(rows[0]).getByRole('button', { name: 'Fix My index' })).toBeTruthy();
    expect(within(rows[2]).getByText('Preconfigured')).toBeTruthy();
    // Preconfigured connectors can be neither selected nor deleted.
    expect((within(rows[2]).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect(within(rows[2]).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect((within(rows[1]).getByRole('checkbox') as HTMLInputElement).disabled).toBe(false);
  });

  test('searches by name and by type', async () => {
    renderConnectorsApp(listRoutes());
    await screen.findByRole('table');
    const search = screen.getByRole('searchbox', { name: 'Search connectors' });
    await userEvent.type(search, 'ops');
    await waitFor(() => expect(screen.queryByText('My index')).toBeNull());
    expect(screen.getByText('Ops log')).toBeTruthy();
    await userEvent.clear(search);
    await userEvent.type(search, 'index');
    await waitFor(() => expect(screen.queryByText('Ops log')).toBeNull());
    expect(screen.getByText('My index')).toBeTruthy();
  });

  test('filters by type with the Type selector, which shows counts', async () => {
    renderConnectorsApp(listRoutes());
    await screen.findByRole('table');
    await userEvent.click(screen.getAllByRole('button', { name: /Type/ }).find((button) => button.classList.contains('euiFilterButton')) as HTMLElement);
    await userEvent.click(await screen.findByRole('option', { name: /Index \(1\)/ }));
    await waitFor(() => expect(screen.queryByText('Ops log')).toBeNull());
    expect(screen.getByText('My index')).toBeTruthy();
    expect(screen.getByRole('option', { name: /Server log \(2\)/ })).toBeTruthy();
  });

  test('deletes one connector after the confirmation modal and reloads', async () => {
    const { requests, toasts } = renderConnectorsApp({ ...listRoutes(), 'DELETE /s/ops/api/actions/connector/ops-log': { status: 204 } });
    const row = within(await screen.findByRole('table')).getByText('Ops log').closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    const modal = await screen.findByRole('alertdialog');
    expect(within(modal).getByText('Delete 1 connector')).toBeTruthy();
    expect(within(modal).getByText("You won't be able to recover deleted connector.")).toBeTruthy();
    await userEvent.click(within(modal).getByRole('button', { name: 'Delete connector' }));
    await waitFor(() => expect(toasts.addSuccess).toHaveBeenCalledWith('Deleted 1 connector'));
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => [r.url, r])).toHaveLength(1);
    expect(requests.filter((r) => r.url.endsWith('/connectors'))).toHaveLength(2);
  });

  test('deletes the selected connectors with the Delete button; a failure is a toast with the server message', async () => {
    const { toasts } = renderConnectorsApp({
      ...listRoutes(),
      'DELETE /s/ops/api/actions/connector/ops-log': { status: 204 },
      'DELETE /s/ops/api/actions/connector/my-index': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Saved object [action/my-index] not found' } },
    });
    const table = await screen.findByRole('table');
    await userEvent.click(within(within(table).getByText('Ops log').closest('tr') as HTMLElement).getByRole('checkbox'));
    await userEvent.click(within(within(table).getByText('My index').closest('tr') as HTMLElement).getByRole('checkbox'));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 connectors' }));
    const modal = await screen.findByRole('alertdialog');
    await userEvent.click(within(modal).getByRole('button', { name: 'Delete 2 connectors' }));
    await waitFor(() => expect(toasts.addSuccess).toHaveBeenCalledWith('Deleted 1 connector'));
    expect(toasts.addError).toHaveBeenCalledWith(expect.objectContaining({ message: 'Saved object [action/my-index] not found' }), { title: 'Failed to delete 1 connector' });
  });

  test('cancelling the modal deletes nothing', async () => {
    const { requests } = renderConnectorsApp(listRoutes());
    const row = within(await screen.findByRole('table')).getByText('Ops log').closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
  });

  test('an empty space invites to create the first connector', async () => {
    renderConnectorsApp(listRoutes([]));
    expect(await screen.findByText('Create your first connector')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create connector' })).toBeTruthy();
  });

  test('a response the codec refuses is an error state naming the field', async () => {
    renderConnectorsApp(listRoutes([{ ...connectors[0], referenced_by_count: 'many' }]));
    const callout = await screen.findByRole('alert');
    expect(within(callout).getByText('Unable to load connectors')).toBeTruthy();
    expect(callout.textContent).toContain('[0.referenced_by_count]: expected value of type [number] but got [string]');
  });
});
