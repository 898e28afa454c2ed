import { sql, type RawBuilder } from 'kysely';
import type { IValidatedEvent } from '../event/event_schema';
import { SAVED_OBJECT_REL_PRIMARY } from '../event/event_schema';
import { type EventStore } from '../store/tables';
import { findOptionsSchema, type FindOptions, type SortField } from './find_options';
import { parseDocument, toIsoBound } from './stored_values';

/** One found event: the ECS document and its id in the store. */
export type IValidatedEventInternalDocInfo = IValidatedEvent & { _id: string };

export interface QueryEventsBySavedObjectResult {
  page: number;
  per_page: number;
  total: number;
  data: IValidatedEventInternalDocInfo[];
}

export interface FindEventsParams {
  type: string;
  ids: string[];
  /** The space the events' primary saved object lives in (space-agnostic objects match any). */
  spaceId: string;
  options?: FindOptions;
}

function sortExpression(store: EventStore, field: SortField): RawBuilder<unknown> {
  switch (field) {
    case '@timestamp':
      return sql.ref('e.timestamp');
    case 'event.start':
      return sql.ref('e.event_start');
    case 'event.end':
      return sql.ref('e.event_end');
    case 'event.provider':
      return sql.ref('e.provider');
    case 'event.duration':
      return sql.ref('e.duration');
    case 'event.action':
      return sql.ref('e.action');
    case 'message':
      return store.dialect === 'sqlite' ? sql`json_extract(e.document, '$.message')` : sql`(e.document ->> 'message')`;
  }
}

const asList = (value: string | readonly string[]): string[] => (typeof value === 'string' ? [value] : [...value]);

/** Events whose primary saved object is one of `ids` of `type`, in a space, a page at a time. */
export async function findEventsBySavedObjectIds(store: EventStore, params: FindEventsParams): Promise<QueryEventsBySavedObjectResult> {
  const options = findOptionsSchema.validate(params.options ?? {});
  const { db, dialect } = store;
  const { per_page: perPage, page } = options;
  if (params.ids.length === 0) return { page, per_page: perPage, total: 0, data: [] };

  const matching = db
    .selectFrom('event_log_saved_objects as so')
    .select('so.event_id')
    .where('so.type', '=', params.type)
    .where('so.id', 'in', params.ids)
    .where('so.rel', '=', SAVED_OBJECT_REL_PRIMARY)
    .where((eb) => eb.or([eb('so.namespace', '=', params.spaceId), eb('so.space_agnostic', '=', dialect === 'sqlite' ? 1 : true)]));

  let query = db.selectFrom('event_log as e').where('e.id', 'in', matching);
  if (options.start) query = query.where('e.timestamp', '>=', toIsoBound(options.start));
  if (options.end) query = query.where('e.timestamp', '<=', toIsoBound(options.end));
  const { filter } = options;
  if (filter?.provider) query = query.where('e.provider', 'in', asList(filter.provider));
  if (filter?.action) query = query.where('e.action', 'in', asList(filter.action));
  if (filter?.outcome) query = query.where('e.outcome', 'in', asList(filter.outcome));

  const { total } = await query.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  let pageQuery = query.select(['e.id', 'e.document']).limit(perPage).offset((page - 1) * perPage);
  // Events without the field come last either way, as in Elasticsearch (and the same on both engines).
  for (const { sort_field: field, sort_order: order } of options.sort) pageQuery = pageQuery.orderBy(sql`${sortExpression(store, field)} ${sql.raw(order)} nulls last`);
  const rows = await pageQuery.orderBy('e.id', 'asc').execute();
  return {
    page,
    per_page: perPage,
    total: Number(total),
    data: rows.map((row) => ({ ...parseDocument(row.document), _id: row.id })),
  };
}
