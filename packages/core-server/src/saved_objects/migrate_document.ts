import { SavedObjectsErrorHelpers } from './errors';
import type { SavedObject, SavedObjectsType } from './types';

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Brings a document written by an older version (`typeMigrationVersion`) up to date with the type's
 * migrations, in version order. A document without a version is taken as current.
 */
export function migrateDocument<T>(type: SavedObjectsType, doc: SavedObject<T>): SavedObject<T> {
  const migrations = type.migrations ?? {};
  const versions = Object.keys(migrations).sort(compareVersions);
  const latest = versions[versions.length - 1];
  if (latest === undefined) return doc;
  const from = doc.typeMigrationVersion;
  if (from === undefined) return { ...doc, typeMigrationVersion: latest };
  if (compareVersions(from, latest) > 0) {
    throw SavedObjectsErrorHelpers.createBadRequestError(
      `Document "${doc.id}" belongs to a more recent version of Kibana [${from}] when the last known version is [${latest}]`
    );
  }
  let migrated: SavedObject<unknown> = doc;
  for (const version of versions) {
    if (compareVersions(version, from) > 0) migrated = { ...migrations[version](migrated), typeMigrationVersion: version };
  }
  return migrated as SavedObject<T>;
}
