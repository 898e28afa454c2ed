import type { PluginInitializerContext } from '@kbn/core-server';
import type { EventLogConfig } from './config';
import { EventLogPlugin } from './plugin';

export { config, type EventLogConfig } from './config';
export { ECS_VERSION, SAVED_OBJECT_REL_PRIMARY, type IEvent, type IValidatedEvent } from './event/event_schema';
export type { IEventLogService } from './logger/event_log_service';
export type { IEventLogger } from './logger/event_logger';
export type { IEventLogClient } from './queries/event_log_client';
export type { QueryEventsBySavedObjectResult, IValidatedEventInternalDocInfo } from './queries/find_events';
export type { FindOptions } from './queries/find_options';
export type { IExecutionLog, IExecutionLogResult } from './queries/execution_log';
export type { IExecutionKpiResult } from './queries/execution_kpi';
export type { ExecutionLogFilter, ExecutionLogParams, ExecutionStatus, GetExecutionLogsParams } from './queries/execution_log_options';
export type { EventLogServerSetup, EventLogServerStart, IEventLogClientService } from './types';

export const plugin = (context: PluginInitializerContext<EventLogConfig>) => new EventLogPlugin(context);
