import { type Kysely, sql } from 'kysely';
import type { StorageDialect, StorageMigrations } from './types';

/** Core's own tables: platform metadata and saved objects with their references. */
export function coreMigrations(dialect: StorageDialect): StorageMigrations {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  return {
    '001_metadata_and_saved_objects': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('kbn_metadata')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('saved_objects')
          .addColumn('type', 'text', (c) => c.notNull())
          // '' for namespace-agnostic types, else the space id (`default` included).
          .addColumn('namespace', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('attributes', sql.raw(json), (c) => c.notNull())
          .addColumn('seq_no', 'bigint', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('type_migration_version', 'text')
          .addColumn('core_migration_version', 'text')
          .addColumn('origin_id', 'text')
          .addColumn('managed', 'boolean', (c) => c.notNull().defaultTo(false))
          .addPrimaryKeyConstraint('saved_objects_pk', ['type', 'namespace', 'id'])
          .execute();
        await db.schema.createIndex('saved_objects_updated_at').on('saved_objects').columns(['type', 'namespace', 'updated_at']).execute();
        await db.schema
          .createTable('saved_object_references')
          .addColumn('source_type', 'text', (c) => c.notNull())
          .addColumn('source_namespace', 'text', (c) => c.notNull())
          .addColumn('source_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('ref_type', 'text', (c) => c.notNull())
          .addColumn('ref_id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('saved_object_references_pk', ['source_type', 'source_namespace', 'source_id', 'position'])
          .addForeignKeyConstraint('saved_object_references_source_fk', ['source_type', 'source_namespace', 'source_id'], 'saved_objects', ['type', 'namespace', 'id'], (c) => c.onDelete('cascade'))
          .execute();
        await db.schema
          .createIndex('saved_object_references_target')
          .on('saved_object_references')
          .columns(['ref_type', 'ref_id', 'source_namespace'])
          .execute();
      },
    },
  };
}
