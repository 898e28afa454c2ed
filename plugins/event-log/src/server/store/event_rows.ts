import type { IValidatedEvent } from '../event/event_schema';
import { DEFAULT_SPACE_ID, type EventRow, type EventSavedObjectRow, type EventSpaceRow } from './tables';

export interface EventRows {
  event: EventRow;
  savedObjects: EventSavedObjectRow[];
  spaces: EventSpaceRow[];
}

/** A nanosecond count (string or number in ECS) as an integer column value, or null. */
function toNanos(value: string | number | undefined): number | null {
  if (value == null) return null;
  const nanos = Number(value);
  return Number.isFinite(nanos) ? Math.round(nanos) : null;
}

/** The rows that store one validated event (which has a provider and action: validation made sure). */
export function toEventRows(id: string, event: IValidatedEvent): EventRows {
  const timestamp = event['@timestamp'] ?? new Date().toISOString();
  const provider = event.event?.provider ?? '';
  const kibana = event.kibana;
  return {
    event: {
      id,
      timestamp,
      provider,
      action: event.event?.action ?? '',
      outcome: event.event?.outcome ?? null,
      event_start: event.event?.start ?? null,
      event_end: event.event?.end ?? null,
      duration: toNanos(event.event?.duration),
      schedule_delay: toNanos(kibana?.task?.schedule_delay),
      execution_uuid: kibana?.action?.execution?.uuid ?? null,
      action_id: kibana?.action?.id ?? null,
      action_type_id: kibana?.action?.type_id ?? null,
      document: JSON.stringify(event),
    },
    savedObjects: (kibana?.saved_objects ?? [])
      .filter((so) => so.type != null && so.id != null)
      .map((so, position) => ({
        event_id: id,
        position,
        rel: so.rel ?? null,
        type: so.type ?? '',
        id: so.id ?? '',
        namespace: so.namespace ?? DEFAULT_SPACE_ID,
        type_id: so.type_id ?? null,
        space_agnostic: so.space_agnostic === true,
      })),
    spaces: [...new Set(kibana?.space_ids ?? [])].map((spaceId) => ({ event_id: id, space_id: spaceId, provider, timestamp })),
  };
}
