import { sql } from 'kysely';
import type { EventStore } from '../store/tables';
import { executionGroups, executionStatus } from './execution_groups';
import { toExecutionScope, type ExecutionLogParams } from './execution_log_options';
import { toNumber } from './stored_values';

/**
 * Kibana's KPI counts (executions whose `execute` event has each outcome; `unknown`: any other
 * outcome), and `running`: executions with an `execute-start` but no `execute` event yet.
 */
export interface IExecutionKpiResult {
  success: number;
  unknown: number;
  failure: number;
  warning: number;
  running: number;
}

export async function getExecutionKpi(store: EventStore, params: ExecutionLogParams, requestSpaceId: string): Promise<IExecutionKpiResult> {
  const groups = executionGroups(toExecutionScope(params, requestSpaceId), store.dialect);
  const { rows } = await sql<{ outcome: string | null; count: number | string }>`
    select g.outcome as outcome, count(*) as count from ${groups} group by g.outcome
  `.execute(store.db);
  const result: IExecutionKpiResult = { success: 0, unknown: 0, failure: 0, warning: 0, running: 0 };
  for (const row of rows) result[executionStatus(row.outcome)] += toNumber(row.count);
  return result;
}
