import { schema } from '@kbn/config-schema';
import { EventSchema, type IValidatedEvent, SAVED_OBJECT_REL_PRIMARY } from './event_schema';

const RequiredEventSchema = schema.object({
  provider: schema.string({ minLength: 1 }),
  action: schema.string({ minLength: 1 }),
});

const VALID_RELS = new Set([undefined, SAVED_OBJECT_REL_PRIMARY]);

/**
 * Kibana's checks, in Kibana's order and with its messages: an `event` with a registered
 * provider/action, the ECS shape, and saved object references that are primary or unmarked.
 * Throws what is wrong.
 */
export function validateEvent(event: Record<string, unknown>, isRegistered: (provider: string, action: string) => boolean): IValidatedEvent {
  const ecsEvent = event.event as Record<string, unknown> | undefined;
  if (ecsEvent == null) throw new Error('no "event" property');
  const { provider, action } = RequiredEventSchema.validate({ provider: ecsEvent.provider, action: ecsEvent.action });
  if (!isRegistered(provider, action)) throw new Error(`unregistered provider/action: "${provider}" / "${action}"`);
  const validated = EventSchema.validate(event);
  for (const savedObject of validated.kibana?.saved_objects ?? []) {
    if (!VALID_RELS.has(savedObject.rel)) throw new Error(`invalid rel property in saved_objects: "${savedObject.rel}"`);
  }
  return validated;
}
