import type { ISavedObjectTypeRegistry } from '@kbn/core-server';

/** What identifies a saved object in the AAD: its type, id and, for single-space types, its space. */
export interface SavedObjectDescriptor {
  readonly type: string;
  readonly id: string;
  /** Left out for the default space and for types that are not bound to one space (as Kibana). */
  readonly namespace?: string;
}

/**
 * The namespace that goes into the descriptor: the space of `single` and `multiple-isolated`
 * objects, since moving one to another space must break decryption; nothing for the default
 * space (as Kibana, so both spell it the same way) nor for agnostic and shareable types.
 */
export function descriptorNamespace(typeRegistry: ISavedObjectTypeRegistry, type: string, namespace: string | undefined): string | undefined {
  const namespaceType = typeRegistry.getType(type)?.namespaceType;
  if (namespaceType !== 'single' && namespaceType !== 'multiple-isolated') return undefined;
  return namespace === undefined || namespace === 'default' ? undefined : namespace;
}

/** `team-a,action,123` or `action,123`: how Kibana's messages name an object. */
export function describeSavedObject(descriptor: SavedObjectDescriptor): string {
  return [...(descriptor.namespace ? [descriptor.namespace] : []), descriptor.type, descriptor.id].join(',');
}
