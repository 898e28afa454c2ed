import { schema, type TypeOf } from '@kbn/config-schema';

/** The ECS version Kibana's event log writes (`ecs.version`). */
export const ECS_VERSION = '1.8.0';

/** `rel` of the saved object an event is about (the one queries look events up by). */
export const SAVED_OBJECT_REL_PRIMARY = 'primary';

// Kibana writes dates as `toISOString()` does; the store compares them as text, so only that form is accepted.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const ecsString = () => schema.maybe(schema.string());
const ecsStringMulti = () => schema.maybe(schema.arrayOf(schema.string()));
const ecsNumber = () => schema.maybe(schema.number());
const ecsStringOrNumber = () => schema.maybe(schema.oneOf([schema.string(), schema.number()]));
const ecsBoolean = () => schema.maybe(schema.boolean());
const ecsDate = () =>
  schema.maybe(schema.string({ validate: (value) => (ISO_DATE.test(value) ? undefined : `string is not a valid ISO date: ${value}`) }));

/**
 * The ECS fields of Kibana's event log (generated/schemas.ts), minus what only alerting writes
 * (rule execution metrics, gaps, backfills, alert summaries, alerting v2, gap auto-fill, CPS).
 * Unknown fields are refused, as in Kibana, so those are refused too until a plugin here needs them.
 */
export const EventSchema = schema.object({
  '@timestamp': ecsDate(),
  message: ecsString(),
  tags: ecsStringMulti(),
  ecs: schema.maybe(schema.object({ version: ecsString() })),
  error: schema.maybe(
    schema.object({ code: ecsString(), id: ecsString(), message: ecsString(), stack_trace: ecsString(), type: ecsString() })
  ),
  event: schema.maybe(
    schema.object({
      action: ecsString(),
      category: ecsStringMulti(),
      code: ecsString(),
      created: ecsDate(),
      dataset: ecsString(),
      duration: ecsStringOrNumber(),
      end: ecsDate(),
      hash: ecsString(),
      id: ecsString(),
      ingested: ecsDate(),
      kind: ecsString(),
      module: ecsString(),
      original: ecsString(),
      outcome: ecsString(),
      provider: ecsString(),
      reason: ecsString(),
      reference: ecsString(),
      risk_score: ecsNumber(),
      risk_score_norm: ecsNumber(),
      sequence: ecsStringOrNumber(),
      severity: ecsStringOrNumber(),
      start: ecsDate(),
      timezone: ecsString(),
      type: ecsStringMulti(),
      url: ecsString(),
    })
  ),
  log: schema.maybe(schema.object({ level: ecsString(), logger: ecsString() })),
  rule: schema.maybe(
    schema.object({
      author: ecsStringMulti(),
      category: ecsString(),
      description: ecsString(),
      id: ecsString(),
      license: ecsString(),
      name: ecsString(),
      reference: ecsString(),
      ruleset: ecsString(),
      uuid: ecsString(),
      version: ecsString(),
    })
  ),
  user: schema.maybe(schema.object({ name: ecsString(), id: ecsString() })),
  kibana: schema.maybe(
    schema.object({
      server_uuid: ecsString(),
      version: ecsString(),
      space_ids: ecsStringMulti(),
      task: schema.maybe(schema.object({ id: ecsString(), type: ecsString(), scheduled: ecsDate(), schedule_delay: ecsStringOrNumber() })),
      alerting: schema.maybe(
        schema.object({
          instance_id: ecsString(),
          action_group_id: ecsString(),
          action_subgroup: ecsString(),
          status: ecsString(),
          outcome: ecsString(),
        })
      ),
      alert: schema.maybe(
        schema.object({
          flapping: ecsBoolean(),
          maintenance_window_ids: ecsStringMulti(),
          uuid: ecsString(),
          rule: schema.maybe(
            schema.object({
              consumer: ecsString(),
              revision: ecsStringOrNumber(),
              rule_type_id: ecsString(),
              execution: schema.maybe(schema.object({ uuid: ecsString(), status: ecsString() })),
            })
          ),
        })
      ),
      saved_objects: schema.maybe(
        schema.arrayOf(
          schema.object({
            rel: ecsString(),
            namespace: ecsString(),
            id: ecsString(),
            type: ecsString(),
            type_id: ecsString(),
            space_agnostic: ecsBoolean(),
          }),
          { maxSize: 1000 }
        )
      ),
      action: schema.maybe(
        schema.object({
          name: ecsString(),
          id: ecsString(),
          type_id: ecsString(),
          execution: schema.maybe(
            schema.object({
              source: ecsString(),
              uuid: ecsString(),
              gen_ai: schema.maybe(
                schema.object({
                  usage: schema.maybe(
                    schema.object({ prompt_tokens: ecsStringOrNumber(), completion_tokens: ecsStringOrNumber(), total_tokens: ecsStringOrNumber() })
                  ),
                })
              ),
              usage: schema.maybe(schema.object({ request_body_bytes: ecsStringOrNumber() })),
            })
          ),
        })
      ),
      user_api_key: schema.maybe(schema.object({ id: ecsString(), name: ecsString() })),
    })
  ),
});

type DeepWriteable<T> = T extends ReadonlyArray<infer U> ? Array<DeepWriteable<U>> : T extends object ? { -readonly [K in keyof T]: DeepWriteable<T[K]> } : T;
type DeepPartial<T> = T extends Array<infer U> ? Array<DeepPartial<U>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** An event as stored: it passed `EventSchema`. */
export type IValidatedEvent = TypeOf<typeof EventSchema>;
/** An event as callers write it: any part of the ECS document. */
export type IEvent = DeepPartial<DeepWriteable<IValidatedEvent>>;
