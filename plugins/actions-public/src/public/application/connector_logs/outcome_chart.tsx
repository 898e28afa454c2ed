import { Axis, BarSeries, Chart, LIGHT_THEME, Position, ScaleType, Settings } from '@elastic/charts';
import type { ExecutionKpi } from './execution_log_types';

const OUTCOMES: Array<{ status: keyof ExecutionKpi; label: string; color: string }> = [
  { status: 'success', label: 'Succeeded', color: '#24c292' },
  { status: 'failure', label: 'Failed', color: '#e7664c' },
  { status: 'warning', label: 'Warning', color: '#d6bf57' },
  { status: 'unknown', label: 'Unknown', color: '#98a2b3' },
];

/** Executions in the range by outcome, one bar each. */
export function OutcomeChart({ kpi }: { kpi: ExecutionKpi }) {
  const data = OUTCOMES.map(({ status, label }) => ({ outcome: label, count: kpi[status] ?? 0 }));
  return (
    <div style={{ height: 180 }} aria-label="Executions by outcome" role="img" data-test-subj="connectorLogsOutcomeChart">
      <Chart>
        <Settings baseTheme={LIGHT_THEME} showLegend={false} locale="en" />
        <BarSeries
          id="executions"
          name="Executions"
          data={data}
          xScaleType={ScaleType.Ordinal}
          yScaleType={ScaleType.Linear}
          xAccessor="outcome"
          yAccessors={['count']}
          styleAccessor={(datum) => OUTCOMES.find((o) => o.label === (datum.datum as { outcome: string }).outcome)?.color ?? null}
        />
        <Axis id="outcome" position={Position.Bottom} />
        <Axis id="count" position={Position.Left} ticks={4} tickFormat={(value: number) => (Number.isInteger(value) ? String(value) : '')} />
      </Chart>
    </div>
  );
}
