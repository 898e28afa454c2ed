import {
  EuiBasicTable,
  EuiButton,
  EuiCallOut,
  EuiFilterButton,
  EuiFilterGroup,
  EuiFlexGroup,
  EuiFlexItem,
  EuiHealth,
  EuiPanel,
  EuiSelect,
  EuiSpacer,
  EuiStat,
  type EuiBasicTableColumn,
  type Criteria,
} from '@elastic/eui';
import type { HttpSetup } from '@kbn/core-public';
import moment from 'moment';
import { useEffect, useState } from 'react';
import {
  type ExecutionKpi,
  type ExecutionLogEntry,
  type ExecutionLogPage,
  type ExecutionStatus,
  fetchExecutionKpi,
  fetchExecutionLogs,
} from './execution_log_types';
import { OutcomeChart } from './outcome_chart';

export const DATE_RANGES = [
  { value: '15m', text: 'Last 15 minutes', ms: 15 * 60_000 },
  { value: '1h', text: 'Last 1 hour', ms: 3_600_000 },
  { value: '24h', text: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', text: 'Last 7 days', ms: 7 * 86_400_000 },
  { value: '30d', text: 'Last 30 days', ms: 30 * 86_400_000 },
];

const STATUS_COLORS: Record<ExecutionStatus, string> = { success: 'success', failure: 'danger', warning: 'warning', unknown: 'subdued', running: 'primary' };
const STATUS_LABELS: Record<ExecutionStatus, string> = { success: 'Succeeded', failure: 'Failed', warning: 'Warning', unknown: 'Unknown', running: 'Running' };
const FILTERABLE: ExecutionStatus[] = ['success', 'failure', 'warning'];

type Loaded = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'loaded'; logs: ExecutionLogPage; kpi: ExecutionKpi };

/** The event log of connector runs in the space: KPIs, a chart by outcome and the runs a page at a time. */
const systemNow = () => Date.now();

export function ConnectorLogs({ http, now = systemNow }: { http: HttpSetup; now?: () => number }) {
  const [range, setRange] = useState('24h');
  const [outcome, setOutcome] = useState<ExecutionStatus[]>([]);
  const [page, setPage] = useState({ index: 0, size: 10 });
  const [sortDirection, setSortDirection] = useState<'asc' | 'desc'>('desc');
  const [refreshes, setRefreshes] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    const dateStart = new Date(now() - (DATE_RANGES.find((r) => r.value === range)?.ms ?? 86_400_000)).toISOString();
    setLoaded((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    Promise.all([
      fetchExecutionLogs(http, { dateStart, outcome, page: page.index + 1, perPage: page.size, sortDirection }),
      fetchExecutionKpi(http, { dateStart, outcome }),
    ]).then(
      ([logs, kpi]) => current && setLoaded({ status: 'loaded', logs, kpi }),
      (error: Error) => current && setLoaded({ status: 'error', error })
    );
    return () => {
      current = false;
    };
  }, [http, now, range, outcome, page, sortDirection, refreshes]);

  const columns: Array<EuiBasicTableColumn<ExecutionLogEntry>> = [
    { field: 'timestamp', name: 'Timestamp', sortable: true, width: '200px', render: (value: string) => moment(value).format('MMM D, YYYY @ HH:mm:ss.SSS') },
    { field: 'connector_name', name: 'Connector', truncateText: true },
    {
      field: 'status',
      name: 'Response',
      width: '120px',
      render: (status: ExecutionStatus) => <EuiHealth color={STATUS_COLORS[status]}>{STATUS_LABELS[status] ?? status}</EuiHealth>,
    },
    { field: 'message', name: 'Message', truncateText: true },
    { field: 'duration_ms', name: 'Duration', width: '100px', align: 'right', render: (ms: number) => `${ms} ms` },
  ];

  const toggle = (status: ExecutionStatus) => {
    setOutcome((selected) => (selected.includes(status) ? selected.filter((s) => s !== status) : [...selected, status]));
    setPage((p) => ({ ...p, index: 0 }));
  };

  return (
    <>
      <EuiFlexGroup gutterSize="s" alignItems="center" wrap>
        <EuiFlexItem grow={false}>
          <EuiSelect
            aria-label="Date range"
            options={DATE_RANGES.map(({ value, text }) => ({ value, text }))}
            value={range}
            onChange={(event) => {
              setRange(event.target.value);
              setPage((p) => ({ ...p, index: 0 }));
            }}
            data-test-subj="connectorLogsDateRange"
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiFilterGroup aria-label="Filter by response">
            {FILTERABLE.map((status) => (
              <EuiFilterButton key={status} withNext={status !== 'warning'} hasActiveFilters={outcome.includes(status)} isToggle isSelected={outcome.includes(status)} onClick={() => toggle(status)}>
                {STATUS_LABELS[status]}
              </EuiFilterButton>
            ))}
          </EuiFilterGroup>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton iconType="refresh" onClick={() => setRefreshes((n) => n + 1)}>
            Refresh
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      {loaded.status === 'error' ? (
        <EuiCallOut title="Unable to load the connector logs" color="danger" iconType="error" role="alert">
          <p>{loaded.error.message}</p>
        </EuiCallOut>
      ) : (
        <>
          <EuiFlexGroup gutterSize="m" data-test-subj="connectorLogsKpi">
            {(['success', 'failure', 'warning', 'unknown'] as const).map((status) => (
              <EuiFlexItem key={status}>
                <EuiPanel hasBorder paddingSize="s">
                  <EuiStat
                    title={loaded.status === 'loaded' ? String(loaded.kpi[status] ?? 0) : '-'}
                    description={STATUS_LABELS[status]}
                    titleSize="s"
                    titleColor={STATUS_COLORS[status] === 'subdued' ? 'subdued' : (STATUS_COLORS[status] as 'success' | 'danger' | 'warning')}
                    isLoading={loaded.status === 'loading'}
                  />
                </EuiPanel>
              </EuiFlexItem>
            ))}
          </EuiFlexGroup>
          <EuiSpacer size="m" />
          {loaded.status === 'loaded' && <OutcomeChart kpi={loaded.kpi} />}
          <EuiSpacer size="m" />
          <EuiBasicTable<ExecutionLogEntry>
            tableCaption="Connector runs"
            items={loaded.status === 'loaded' ? loaded.logs.data : []}
            columns={columns}
            loading={loaded.status === 'loading'}
            noItemsMessage={loaded.status === 'loading' ? 'Loading…' : 'No connector runs in this time range.'}
            pagination={{ pageIndex: page.index, pageSize: page.size, totalItemCount: loaded.status === 'loaded' ? loaded.logs.total : 0, pageSizeOptions: [10, 25, 50] }}
            sorting={{ sort: { field: 'timestamp', direction: sortDirection } }}
            onChange={({ page: next, sort }: Criteria<ExecutionLogEntry>) => {
              if (next) setPage({ index: next.index, size: next.size });
              if (sort) setSortDirection(sort.direction);
            }}
            data-test-subj="connectorLogsTable"
          />
        </>
      )}
    </>
  );
}
