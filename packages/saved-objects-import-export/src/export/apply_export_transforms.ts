import type { ISavedObjectTypeRegistry, KibanaRequest, SavedObject } from '@kbn/core-server';
import { SavedObjectsImportExportError } from '../errors';

/**
 * Runs each type's `isExportable` and `onExport` on one page of objects, grouped by type (one hook
 * call per type per page). A transform may change attributes, not the set of objects.
 */
export async function applyExportTransforms(
  objects: SavedObject[],
  { request, typeRegistry }: { request: KibanaRequest; typeRegistry: ISavedObjectTypeRegistry }
): Promise<{ exported: SavedObject[]; excluded: Array<{ type: string; id: string; reason: string }> }> {
  const byType = new Map<string, SavedObject[]>();
  for (const object of objects) byType.set(object.type, [...(byType.get(object.type) ?? []), object]);
  const exported: SavedObject[] = [];
  const excluded: Array<{ type: string; id: string; reason: string }> = [];
  for (const [type, group] of byType) {
    const management = typeRegistry.getType(type)?.management;
    const kept: SavedObject[] = [];
    for (const object of group) {
      if (management?.isExportable && !(await management.isExportable(object))) excluded.push({ type, id: object.id, reason: 'excluded' });
      else kept.push(object);
    }
    if (!management?.onExport || kept.length === 0) {
      exported.push(...kept);
      continue;
    }
    let transformed: SavedObject[];
    try {
      transformed = await management.onExport({ request }, kept);
    } catch (error) {
      throw SavedObjectsImportExportError.objectTransformError(kept, error instanceof Error ? error : new Error(String(error)));
    }
    exported.push(...transformed);
  }
  return { exported, excluded };
}
