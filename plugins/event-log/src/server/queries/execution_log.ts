import { sql } from 'kysely';
import type { EventStore } from '../store/tables';
import { executionGroups, executionStatus, type ExecutionGroupRow } from './execution_groups';
import { toExecutionPage, toExecutionScope, type GetExecutionLogsParams } from './execution_log_options';
import { parseDocument, toNumber } from './stored_values';

/** One connector execution, with Kibana's execution log field names. */
export interface IExecutionLog {
  /** `kibana.action.execution.uuid`. */
  id: string;
  timestamp: string;
  duration_ms: number;
  /** `success`, `failure`, `warning`, `running` (no `execute` event yet), or '' (an `execute` event without outcome). */
  status: string;
  message: string;
  version: string;
  source: string;
  schedule_delay_ms: number;
  space_ids: string[];
  connector_name: string;
  connector_id: string;
  timed_out: boolean;
}

export interface IExecutionLogResult {
  total: number;
  data: IExecutionLog[];
}

const NANOS_PER_MILLI = 1_000_000;
const SORT_COLUMNS = { timestamp: 'timestamp', execution_duration: 'duration', schedule_delay: 'schedule_delay' } as const;

/** One page of executions: grouped and sorted in SQL, then only that page's documents are read. */
export async function getExecutionLogs(store: EventStore, params: GetExecutionLogsParams, requestSpaceId: string): Promise<IExecutionLogResult> {
  const scope = toExecutionScope(params, requestSpaceId);
  const { page, perPage, sort } = toExecutionPage(params);
  const groups = executionGroups(scope, store.dialect);
  const orderBy = sql.join([...sort.map(({ field, order }) => sql`${sql.ref(`g.${SORT_COLUMNS[field]}`)} ${sql.raw(order)}`), sql`g.id asc`]);

  const [{ rows: counts }, { rows }] = await Promise.all([
    sql<{ total: number | string }>`select count(*) as total from ${groups}`.execute(store.db),
    sql<ExecutionGroupRow>`select * from ${groups} order by ${orderBy} limit ${perPage} offset ${(page - 1) * perPage}`.execute(store.db),
  ]);

  const eventIds = rows.map((row) => row.execute_event_id ?? row.start_event_id).filter((id): id is string => id !== null);
  const documents = new Map<string, ReturnType<typeof parseDocument>>();
  if (eventIds.length > 0) {
    const found = await store.db.selectFrom('event_log').select(['id', 'document']).where('id', 'in', eventIds).execute();
    for (const { id, document } of found) documents.set(id, parseDocument(document));
  }
  return {
    total: toNumber(counts[0]?.total),
    data: rows.map((row) => toExecutionLog(row, documents.get(row.execute_event_id ?? row.start_event_id ?? ''))),
  };
}

function toExecutionLog(row: ExecutionGroupRow, document: ReturnType<typeof parseDocument> | undefined): IExecutionLog {
  const status = executionStatus(row.outcome);
  const message = document?.message ?? '';
  return {
    id: row.id,
    timestamp: row.timestamp,
    duration_ms: toNumber(row.duration) / NANOS_PER_MILLI,
    status: status === 'unknown' ? (row.outcome ?? '') : status,
    message: status === 'failure' ? `${message} - ${document?.error?.message ?? ''}` : message,
    version: document?.kibana?.version ?? '',
    source: document?.kibana?.action?.execution?.source ?? '',
    schedule_delay_ms: toNumber(row.schedule_delay) / NANOS_PER_MILLI,
    space_ids: [...(document?.kibana?.space_ids ?? [])],
    connector_name: document?.kibana?.action?.name ?? '',
    connector_id: document?.kibana?.action?.id ?? '',
    timed_out: toNumber(row.timed_out) > 0,
  };
}
