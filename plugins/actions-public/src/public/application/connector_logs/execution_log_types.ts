import { INTERNAL_BASE_ACTION_API_PATH } from '@kbn/actions-common';
import type { HttpSetup } from '@kbn/core-public';

// The internal execution log routes have no codec in @kbn/actions-common yet; these types follow
// what plugins/actions-server answers (the event log's getExecutionLogs / getExecutionKpi).
export type ExecutionStatus = 'success' | 'failure' | 'warning' | 'unknown' | 'running';

export interface ExecutionLogEntry {
  id: string;
  timestamp: string;
  duration_ms: number;
  status: ExecutionStatus;
  message: string;
  connector_name: string;
  connector_id: string;
  timed_out?: boolean;
}

export interface ExecutionLogPage {
  total: number;
  data: ExecutionLogEntry[];
}

export type ExecutionKpi = Record<ExecutionStatus, number>;

export interface ExecutionLogQuery {
  dateStart: string;
  outcome: ExecutionStatus[];
  page: number;
  perPage: number;
  sortDirection: 'asc' | 'desc';
}

export function fetchExecutionLogs(http: HttpSetup, query: ExecutionLogQuery): Promise<ExecutionLogPage> {
  return http.post(`${INTERNAL_BASE_ACTION_API_PATH}/_global_connector_execution_logs`, {
    body: {
      date_start: query.dateStart,
      filter: query.outcome.length > 0 ? { outcome: query.outcome } : undefined,
      page: query.page,
      per_page: query.perPage,
      sort: [{ timestamp: { order: query.sortDirection } }],
    },
  });
}

export function fetchExecutionKpi(http: HttpSetup, query: Pick<ExecutionLogQuery, 'dateStart' | 'outcome'>): Promise<ExecutionKpi> {
  return http.post(`${INTERNAL_BASE_ACTION_API_PATH}/_global_connector_execution_kpi`, {
    body: { date_start: query.dateStart, filter: query.outcome.length > 0 ? { outcome: query.outcome } : undefined },
  });
}
