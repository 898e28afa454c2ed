import { type Kysely, sql } from 'kysely';
import type { StorageDialect, StorageMigrations } from '@kbn/core-server';

/** The event log's tables, for either engine (registered with core's storage in setup). */
export function eventLogMigrations(dialect: StorageDialect): StorageMigrations {
  const json = dialect === 'postgres' ? 'jsonb' : 'text';
  return {
    '001_event_log': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('event_log')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('timestamp', 'text', (c) => c.notNull())
          .addColumn('provider', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('outcome', 'text')
          .addColumn('event_start', 'text')
          .addColumn('event_end', 'text')
          .addColumn('duration', 'bigint')
          .addColumn('schedule_delay', 'bigint')
          .addColumn('execution_uuid', 'text')
          .addColumn('action_id', 'text')
          .addColumn('action_type_id', 'text')
          .addColumn('document', sql.raw(json), (c) => c.notNull())
          .execute();
        await db.schema.createIndex('event_log_time').on('event_log').columns(['timestamp']).execute();

        await db.schema
          .createTable('event_log_saved_objects')
          .addColumn('event_id', 'text', (c) => c.notNull().references('event_log.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('rel', 'text')
          .addColumn('type', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('namespace', 'text', (c) => c.notNull())
          .addColumn('type_id', 'text')
          .addColumn('space_agnostic', 'boolean', (c) => c.notNull().defaultTo(false))
          .addPrimaryKeyConstraint('event_log_saved_objects_pk', ['event_id', 'position'])
          .execute();
        // Find by saved object: the type and ids are known, the space narrows them.
        await db.schema.createIndex('event_log_saved_objects_target').on('event_log_saved_objects').columns(['type', 'id', 'namespace']).execute();

        await db.schema
          .createTable('event_log_space_ids')
          .addColumn('event_id', 'text', (c) => c.notNull().references('event_log.id').onDelete('cascade'))
          .addColumn('space_id', 'text', (c) => c.notNull())
          .addColumn('provider', 'text', (c) => c.notNull())
          .addColumn('timestamp', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('event_log_space_ids_pk', ['event_id', 'space_id'])
          .execute();
        // A space's events of one provider over a time range: one index range scan.
        await db.schema
          .createIndex('event_log_space_ids_range')
          .on('event_log_space_ids')
          .columns(['space_id', 'provider', 'timestamp', 'event_id'])
          .execute();
      },
    },
  };
}
