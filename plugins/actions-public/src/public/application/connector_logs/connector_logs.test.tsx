import { EuiProvider } from '@elastic/eui';
import { createHttpClient } from '@kbn/core-public';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectorLogs } from './connector_logs';

jest.mock('./outcome_chart', () => ({
  // @elastic/charts draws on a canvas jsdom does not have; the chart is checked in the browser.
  OutcomeChart: ({ kpi }: { kpi: Record<string, number> }) => <div data-test-subj="chart">{JSON.stringify(kpi)}</div>,
}));

const NOW = Date.parse('2026-05-01T12:00:00.000Z');

function setup() {
  const bodies: Array<{ url: string; body: Record<string, unknown> }> = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Record<string, unknown>;
    bodies.push({ url, body });
    const answer = url.endsWith('_kpi')
      ? { success: 12, failure: 3, warning: 0, unknown: 1, running: 0 }
      : {
          total: 23,
          data: [
            { id: 'e1', timestamp: '2026-05-01T11:59:00.000Z', duration_ms: 42, status: 'failure', message: 'action execution failure: .slack:ops', connector_name: 'Ops Slack', connector_id: 'ops' },
            { id: 'e2', timestamp: '2026-05-01T11:58:00.000Z', duration_ms: 7, status: 'success', message: 'action executed: .server-log:log', connector_name: 'Log', connector_id: 'log' },
          ],
        };
    return { ok: true, status: 200, text: async () => JSON.stringify(answer) } as Response;
  }) as unknown as typeof fetch;
  render(
    <EuiProvider>
      <ConnectorLogs http={createHttpClient('/s/ops', fetchImpl)} now={() => NOW} />
    </EuiProvider>
  );
  return { bodies };
}

describe('Connector logs', () => {
  test('shows the KPIs, the chart data and the runs of the last 24 hours in the space', async () => {
    const { bodies } = setup();
    const table = await screen.findByRole('table');
    await within(table).findByText('Ops Slack');
    const kpi = document.querySelector('[data-test-subj=connectorLogsKpi]') as HTMLElement;
    expect(within(kpi).getByText('12')).toBeTruthy();
    expect(within(kpi).getByText('3')).toBeTruthy();
    expect(document.querySelector('[data-test-subj=chart]')?.textContent).toContain('"success":12');
    const row = within(table).getByText('Ops Slack').closest('tr') as HTMLElement;
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByText('42 ms')).toBeTruthy();
    expect(within(row).getByText('action execution failure: .slack:ops')).toBeTruthy();
    expect(bodies[0]).toEqual({
      url: '/s/ops/internal/actions/_global_connector_execution_logs',
      body: { date_start: '2026-04-30T12:00:00.000Z', page: 1, per_page: 10, sort: [{ timestamp: { order: 'desc' } }] },
    });
  });

  test('filters by status and date range, and pages', async () => {
    const { bodies } = setup();
    await screen.findByText('Ops Slack');
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }));
    await waitFor(() => expect(bodies.at(-1)?.body.filter).toEqual({ outcome: ['failure'] }));
    await userEvent.selectOptions(screen.getByLabelText('Date range'), '7d');
    await waitFor(() => expect(bodies.at(-1)?.body.date_start).toBe('2026-04-24T12:00:00.000Z'));
    await userEvent.click(screen.getByRole('link', { name: 'Next page' }));
    await waitFor(() => expect(bodies.filter((b) => b.url.endsWith('_logs')).at(-1)?.body.page).toBe(2));
  });
});
