import { type RawBuilder, sql } from 'kysely';
import type { StorageDialect } from '../storage/types';
import { encodeVersion } from './version';
import type { SavedObject, SavedObjectReference } from './types';

export interface SavedObjectRow {
  type: string;
  namespace: string;
  id: string;
  /** JSON text on SQLite; parsed by the driver from jsonb on PostgreSQL. */
  attributes: unknown;
  /** A bigint: a string from PostgreSQL, a number from SQLite. */
  seq_no: number | string;
  created_at: string;
  updated_at: string;
  type_migration_version: string | null;
  core_migration_version: string | null;
  origin_id: string | null;
  /** SQLite has no booleans: 0/1 there. */
  managed: boolean | number;
}

export interface ReferenceRow {
  source_type: string;
  source_namespace: string;
  source_id: string;
  name: string;
  ref_type: string;
  ref_id: string;
  position: number;
}

export interface SavedObjectsTables {
  saved_objects: SavedObjectRow;
  saved_object_references: ReferenceRow;
}

/** The namespace column value: '' for agnostic types, else the space (default: `default`). */
export const AGNOSTIC = '';
export const DEFAULT_NAMESPACE = 'default';

export function toSavedObject<T>(row: SavedObjectRow, references: SavedObjectReference[]): SavedObject<T> {
  const object: SavedObject<T> = {
    id: row.id,
    type: row.type,
    attributes: (typeof row.attributes === 'string' ? JSON.parse(row.attributes) : row.attributes) as T,
    references,
    version: encodeVersion(Number(row.seq_no)),
    created_at: row.created_at,
    updated_at: row.updated_at,
    managed: Boolean(row.managed),
  };
  if (row.namespace !== AGNOSTIC) object.namespaces = [row.namespace];
  if (row.type_migration_version) object.typeMigrationVersion = row.type_migration_version;
  if (row.core_migration_version) object.coreMigrationVersion = row.core_migration_version;
  if (row.origin_id) object.originId = row.origin_id;
  return object;
}

/** Values as each driver wants them: better-sqlite3 binds no booleans. */
export function toBoolean(dialect: StorageDialect, value: boolean): boolean | number {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

const FIELD = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/** An attribute (dotted path) as SQL text: `json_extract(...)` on SQLite, `#>>` on PostgreSQL. */
export function attributeText(dialect: StorageDialect, field: string): RawBuilder<string> {
  if (!FIELD.test(field)) throw new Error(`Invalid field name [${field}]`);
  return dialect === 'sqlite'
    ? sql<string>`json_extract(attributes, ${sql.lit(`$.${field}`)})`
    : sql<string>`(attributes #>> ${sql.lit(`{${field.split('.').join(',')}}`)})`;
}

/** A filter value in the form `attributeText` yields for it (SQLite keeps JSON numbers and 1/0). */
export function attributeValue(dialect: StorageDialect, value: string | number | boolean): string | number {
  if (typeof value === 'boolean') return dialect === 'sqlite' ? (value ? 1 : 0) : String(value);
  return dialect === 'sqlite' ? value : String(value);
}
