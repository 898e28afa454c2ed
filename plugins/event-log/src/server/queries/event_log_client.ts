import type { EventStore } from '../store/tables';
import { getExecutionKpi, type IExecutionKpiResult } from './execution_kpi';
import { getExecutionLogs, type IExecutionLogResult } from './execution_log';
import type { ExecutionLogParams, GetExecutionLogsParams } from './execution_log_options';
import { findEventsBySavedObjectIds, type QueryEventsBySavedObjectResult } from './find_events';
import type { FindOptions } from './find_options';

/** Reads the event log on behalf of one request, within its space. */
export interface IEventLogClient {
  /**
   * Events whose primary saved object is one of `ids` (or `legacyIds`) of `type` in the request's
   * space (space-agnostic objects in any). Options as Kibana's: page, per_page (10), start, end,
   * sort (`@timestamp` asc), and `filter` on provider/action/outcome.
   */
  findEventsBySavedObjectIds(type: string, ids: string[], options?: FindOptions, legacyIds?: string[]): Promise<QueryEventsBySavedObjectResult>;
  /** Connector executions, a page at a time, in the request's space or the given `namespaces`. */
  getExecutionLogs(params: GetExecutionLogsParams): Promise<IExecutionLogResult>;
  /** Counts of connector executions by status over the same scope. */
  getExecutionKpi(params: ExecutionLogParams): Promise<IExecutionKpiResult>;
}

/** The one factory of clients: the store and the request's space. */
export function createEventLogClient(store: EventStore, spaceId: string): IEventLogClient {
  return {
    findEventsBySavedObjectIds: (type, ids, options, legacyIds) =>
      findEventsBySavedObjectIds(store, { type, ids: [...ids, ...(legacyIds ?? [])], spaceId, options }),
    getExecutionLogs: (params) => getExecutionLogs(store, params, spaceId),
    getExecutionKpi: (params) => getExecutionKpi(store, params, spaceId),
  };
}
