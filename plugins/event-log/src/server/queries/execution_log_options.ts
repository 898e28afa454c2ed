import { HttpError } from '@kbn/core-server';

/** Statuses an execution row can have; `running`: its `execute-start` is logged, its `execute` not yet. */
export type ExecutionStatus = 'success' | 'failure' | 'warning' | 'unknown' | 'running';
export type SortOrder = 'asc' | 'desc';

/** Kibana's execution log sort fields (`timestamp`, `execution_duration`, `schedule_delay`). */
export const EXECUTION_LOG_SORT_FIELDS = ['timestamp', 'execution_duration', 'schedule_delay'] as const;
export type ExecutionLogSortField = (typeof EXECUTION_LOG_SORT_FIELDS)[number];

/** Structured in place of Kibana's KQL: what the connector logs UI filters on. */
export interface ExecutionLogFilter {
  /** Execution statuses to keep. */
  outcome?: ExecutionStatus[];
  connector_id?: string[];
  connector_type_id?: string[];
  /** Text searched for, case-insensitive, in the events' `message` and `error.message` (the UI's search box). */
  message?: string;
}

export interface ExecutionLogParams {
  /** Events at or after (ISO date). */
  start: string;
  /** Events at or before (ISO date); now when left out. */
  end?: string;
  filter?: ExecutionLogFilter;
  /** Space ids to look in; the request's space when left out. */
  namespaces?: string[];
}

export interface GetExecutionLogsParams extends ExecutionLogParams {
  /** From 1 (default 1). */
  page?: number;
  /** Default 10. */
  perPage?: number;
  /** Elasticsearch style, as Kibana's route takes it: `[{ timestamp: { order: 'desc' } }]` (the default). */
  sort?: Array<Partial<Record<string, { order: SortOrder }>>>;
}

export interface ExecutionScope {
  spaceIds: string[];
  start: string;
  end: string;
  filter: ExecutionLogFilter;
}

function parseDate(value: string | undefined, name: string, fallback: Date): string {
  if (value === undefined) return fallback.toISOString();
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw new HttpError(400, `Invalid date for parameter ${name}: "${value}"`);
  return parsed.toISOString();
}

export function toExecutionScope(params: ExecutionLogParams, requestSpaceId: string): ExecutionScope {
  const now = new Date();
  return {
    spaceIds: params.namespaces && params.namespaces.length > 0 ? params.namespaces : [requestSpaceId],
    start: parseDate(params.start, 'start', now),
    end: parseDate(params.end, 'end', now),
    filter: params.filter ?? {},
  };
}

export interface ExecutionPage {
  page: number;
  perPage: number;
  sort: Array<{ field: ExecutionLogSortField; order: SortOrder }>;
}

/** Page and sort, with Kibana's messages for bad values. */
export function toExecutionPage({ page = 1, perPage = 10, sort = [{ timestamp: { order: 'desc' } }] }: GetExecutionLogsParams): ExecutionPage {
  const fields: ReadonlyArray<string> = EXECUTION_LOG_SORT_FIELDS;
  const parsed = sort.flatMap((entry) =>
    Object.entries(entry).map(([field, value]) => {
      if (!fields.includes(field)) throw new HttpError(400, `Invalid sort field "${field}" - must be one of [${EXECUTION_LOG_SORT_FIELDS.join(',')}]`);
      return { field: field as ExecutionLogSortField, order: value?.order === 'asc' ? ('asc' as const) : ('desc' as const) };
    })
  );
  if (page <= 0) throw new HttpError(400, `Invalid page field "${page}" - must be greater than 0`);
  if (perPage <= 0) throw new HttpError(400, `Invalid perPage field "${perPage}" - must be greater than 0`);
  return { page, perPage, sort: parsed };
}
