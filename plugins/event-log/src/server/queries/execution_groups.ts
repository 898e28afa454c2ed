import { sql, type RawBuilder } from 'kysely';
import type { StorageDialect } from '@kbn/core-server';
import type { ExecutionScope, ExecutionStatus } from './execution_log_options';

/** The provider and actions of connector executions (Kibana's actions plugin, constants/event_log.ts). */
export const ACTIONS_PROVIDER = 'actions';
export const EXECUTION_ACTIONS = { start: 'execute-start', execute: 'execute', timeout: 'execute-timeout' } as const;

/** One execution, as the grouping query returns it. */
export interface ExecutionGroupRow {
  id: string;
  timestamp: string;
  /** Nanoseconds; 0 when unknown (as Kibana's bucket sort counts a missing value). */
  duration: number | string;
  schedule_delay: number | string;
  /** The `execute` event's outcome ('' without one); null while running. */
  outcome: string | null;
  timed_out: number | string;
  execute_event_id: string | null;
  start_event_id: string | null;
}

const KNOWN_OUTCOMES = ['success', 'failure', 'warning'];

/** The status of a grouped execution, from the outcome of its `execute` event. */
export function executionStatus(outcome: string | null): ExecutionStatus {
  if (outcome === null) return 'running';
  return KNOWN_OUTCOMES.includes(outcome) ? (outcome as ExecutionStatus) : 'unknown';
}

function statusCondition(statuses: ExecutionStatus[]): RawBuilder<unknown> {
  const known = statuses.filter((status) => KNOWN_OUTCOMES.includes(status));
  const parts: Array<RawBuilder<unknown>> = [];
  if (known.length > 0) parts.push(sql`g.outcome in (${sql.join(known)})`);
  if (statuses.includes('running')) parts.push(sql`g.outcome is null`);
  if (statuses.includes('unknown')) parts.push(sql`g.outcome not in (${sql.join(KNOWN_OUTCOMES)})`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : sql`1 = 0`;
}

/** `LIKE` wildcards in the searched text are literal. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function messageCondition(text: string, dialect: StorageDialect): RawBuilder<unknown> {
  const pattern = likePattern(text);
  const [message, errorMessage] =
    dialect === 'sqlite'
      ? [sql`json_extract(e.document, '$.message')`, sql`json_extract(e.document, '$.error.message')`]
      : [sql`(e.document ->> 'message')`, sql`(e.document #>> '{error,message}')`];
  // On the group: an execution matches when any of its events does, and keeps all its events.
  return sql`having max(case when lower(${message}) like ${pattern} escape '\\' or lower(${errorMessage}) like ${pattern} escape '\\' then 1 else 0 end) = 1`;
}

/**
 * Connector executions in spaces and a time range: the `execute-start`, `execute` and
 * `execute-timeout` events of provider `actions` grouped by `kibana.action.execution.uuid`, as a
 * subquery aliased `g`. The space and time range come from one range scan of the space index; the
 * events are then read by primary key, so nothing outside the range is touched.
 */
export function executionGroups(scope: ExecutionScope, dialect: StorageDialect): RawBuilder<ExecutionGroupRow> {
  const { filter } = scope;
  const connectorIds = filter.connector_id?.length ? sql`and e.action_id in (${sql.join(filter.connector_id)})` : sql``;
  const connectorTypes = filter.connector_type_id?.length ? sql`and e.action_type_id in (${sql.join(filter.connector_type_id)})` : sql``;
  const message = filter.message ? messageCondition(filter.message, dialect) : sql``;
  const statuses = filter.outcome?.length ? sql`where ${statusCondition(filter.outcome)}` : sql``;
  const { start, execute, timeout } = EXECUTION_ACTIONS;
  return sql<ExecutionGroupRow>`(
    select * from (
      select
        e.execution_uuid as id,
        coalesce(min(e.event_start), min(e.timestamp)) as timestamp,
        coalesce(max(case when e.action = ${execute} then e.duration end), 0) as duration,
        coalesce(max(e.schedule_delay), 0) as schedule_delay,
        max(case when e.action = ${execute} then coalesce(e.outcome, '') end) as outcome,
        max(case when e.action = ${timeout} then 1 else 0 end) as timed_out,
        max(case when e.action = ${execute} then e.id end) as execute_event_id,
        max(case when e.action = ${start} then e.id end) as start_event_id
      from event_log e
      where e.id in (
          select s.event_id from event_log_space_ids s
          where s.space_id in (${sql.join(scope.spaceIds)}) and s.provider = ${ACTIONS_PROVIDER}
            and s.timestamp >= ${scope.start} and s.timestamp <= ${scope.end}
        )
        and e.action in (${sql.join([start, execute, timeout])})
        and e.execution_uuid is not null
        ${connectorIds}
        ${connectorTypes}
      group by e.execution_uuid
      ${message}
    ) g ${statuses}
  ) g`;
}
