import type { IValidatedEvent } from '../event/event_schema';

/** The stored document: JSON text from SQLite, already parsed from PostgreSQL's jsonb. */
export function parseDocument(document: unknown): IValidatedEvent {
  return (typeof document === 'string' ? JSON.parse(document) : document) as IValidatedEvent;
}

/** A date bound in the stored form (`toISOString()`), so it compares as text with `@timestamp`. */
export function toIsoBound(date: string | Date): string {
  return (typeof date === 'string' ? new Date(date) : date).toISOString();
}

/** A bigint column (a string from PostgreSQL) or an aggregate as a number; 0 when empty. */
export function toNumber(value: number | string | bigint | null | undefined): number {
  return value == null ? 0 : Number(value);
}
