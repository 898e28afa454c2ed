import type { Kysely } from 'kysely';
import type { StorageDialect } from '@kbn/core-server';

/** One event: the ECS document, and copies of the fields queries filter, group and sort on. */
export interface EventRow {
  id: string;
  /** `@timestamp`; ISO text in one fixed form, so text order is time order on both engines. */
  timestamp: string;
  provider: string;
  action: string;
  outcome: string | null;
  event_start: string | null;
  event_end: string | null;
  /** `event.duration` in nanoseconds; a bigint (a string from PostgreSQL). */
  duration: number | string | null;
  /** `kibana.task.schedule_delay` in nanoseconds. */
  schedule_delay: number | string | null;
  execution_uuid: string | null;
  action_id: string | null;
  action_type_id: string | null;
  /** The validated ECS document: JSON text on SQLite, jsonb (parsed by the driver) on PostgreSQL. */
  document: unknown;
}

/** One entry of `kibana.saved_objects`. */
export interface EventSavedObjectRow {
  event_id: string;
  position: number;
  rel: string | null;
  type: string;
  id: string;
  /** The space id; Kibana leaves `namespace` out for the default space, stored here as `default`. */
  namespace: string;
  type_id: string | null;
  /** 0/1 on SQLite. */
  space_agnostic: boolean | number;
}

/** One entry of `kibana.space_ids`, with the event's provider and time so a space's events are one index range. */
export interface EventSpaceRow {
  event_id: string;
  space_id: string;
  provider: string;
  timestamp: string;
}

export interface EventLogTables {
  event_log: EventRow;
  event_log_saved_objects: EventSavedObjectRow;
  event_log_space_ids: EventSpaceRow;
}

/** The plugin's view of core's store. */
export interface EventStore {
  db: Kysely<EventLogTables>;
  dialect: StorageDialect;
}

export const DEFAULT_SPACE_ID = 'default';
