import { round } from './stats';

/** The figures `npm run bench` reports, each with its target. */
export const FIGURES = {
  queued_exec_per_s: { label: 'Queued executions delivered to the sink', unit: 'exec/s', target: { op: '>=', value: 1000 } },
  queued_vs_raw_ratio: { label: 'Queued throughput / same requests sent directly', unit: '', target: { op: '>=', value: 0.5 } },
  enqueue_to_send_p50_ms: { label: 'Enqueue to send at 200 exec/s, p50', unit: 'ms', target: { op: '<', value: 10 } },
  enqueue_to_send_p99_ms: { label: 'Enqueue to send at 200 exec/s, p99', unit: 'ms', target: { op: '<', value: 50 } },
  decrypt_us: { label: 'Secret decryption per execution', unit: 'µs', target: { op: '<', value: 50 } },
  list_10k_p99_ms: { label: 'GET /api/actions/connectors, 10k connectors, p99', unit: 'ms', target: { op: '<', value: 100 } },
  create_p99_ms: { label: 'POST /api/actions/connector, p99', unit: 'ms', target: { op: '<', value: 20 } },
  execute_server_log_p99_ms: { label: '_execute of a log connector, p99', unit: 'ms', target: { op: '<', value: 10 } },
  concurrent_1000_errors: { label: '1,000 concurrent clients: failed requests', unit: '', target: { op: '<=', value: 0 } },
  import_100k_s: { label: 'Import of 100k connectors', unit: 's', target: null },
  import_100k_peak_rss_mb: { label: 'Import of 100k connectors, peak RSS', unit: 'MB', target: null },
  start_to_ready_ms: { label: 'Server start to ready', unit: 'ms', target: { op: '<', value: 2000 } },
  idle_rss_mb: { label: 'Idle RSS', unit: 'MB', target: { op: '<', value: 200 } },
  rss_10k_connectors_mb: { label: 'RSS with 10k connectors', unit: 'MB', target: { op: '<', value: 300 } },
  event_log_query_p99_ms: { label: 'Connector logs query, p99', unit: 'ms', target: { op: '<', value: 200 } },
} as const satisfies Record<string, { label: string; unit: string; target: Target | null }>;

export interface Target {
  op: '<' | '<=' | '>=';
  value: number;
}

export type FigureKey = keyof typeof FIGURES;

/** `null`: not measured (a note says why). */
export type Figures = Record<FigureKey, number | null>;

export type Verdict = 'pass' | 'FAIL' | 'n/a';

export function verdict(target: Target | null, value: number | null): Verdict {
  if (target === null || value === null || !Number.isFinite(value)) return 'n/a';
  const ok = target.op === '<' ? value < target.value : target.op === '<=' ? value <= target.value : value >= target.value;
  return ok ? 'pass' : 'FAIL';
}

export function emptyFigures(): Figures {
  return Object.fromEntries(Object.keys(FIGURES).map((key) => [key, null])) as Figures;
}

/** Every figure, rounded, plus the store and whether the counts were the quick ones. */
export function toJson(figures: Figures, store: 'sqlite' | 'postgres', quick: boolean, notes: string[]): Record<string, unknown> {
  const rounded = Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, value === null ? null : round(value)]));
  return { ...rounded, store, quick, notes };
}
