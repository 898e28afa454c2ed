import { schema, type TypeOf } from '@kbn/config-schema';

const optionalDate = schema.maybe(schema.string({ validate: (value) => (Number.isNaN(Date.parse(value)) ? 'Invalid Date' : undefined) }));
const oneOrMany = schema.maybe(schema.oneOf([schema.string(), schema.arrayOf(schema.string())]));

/** Kibana's sortable fields, less `event.sequence` and the alerting gap fields. */
const sortSchema = schema.object({
  sort_field: schema.oneOf([
    schema.literal('@timestamp'),
    schema.literal('event.start'),
    schema.literal('event.end'),
    schema.literal('event.provider'),
    schema.literal('event.duration'),
    schema.literal('event.action'),
    schema.literal('message'),
  ]),
  sort_order: schema.oneOf([schema.literal('asc'), schema.literal('desc')]),
});

/**
 * Kibana's `queryOptionsSchema`, with one difference: `filter` is a structured match on provider,
 * action and outcome (each a value or a list of values), not a KQL string.
 */
export const findOptionsSchema = schema.object({
  per_page: schema.number({ defaultValue: 10, min: 0 }),
  page: schema.number({ defaultValue: 1, min: 1 }),
  start: optionalDate,
  end: optionalDate,
  sort: schema.arrayOf(sortSchema, { defaultValue: [{ sort_field: '@timestamp' as const, sort_order: 'asc' as const }] }),
  filter: schema.maybe(schema.object({ provider: oneOrMany, action: oneOrMany, outcome: oneOrMany })),
});

export type SortField = TypeOf<typeof sortSchema>['sort_field'];
export type FindOptionsType = TypeOf<typeof findOptionsSchema>;
/** What callers pass: every key optional, defaults filled in by the schema. */
export type FindOptions = Partial<{ -readonly [K in keyof FindOptionsType]: FindOptionsType[K] }>;
