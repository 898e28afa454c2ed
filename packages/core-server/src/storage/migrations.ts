import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { StorageMigrations } from './types';

/** Every owner's migrations, run by Kysely's migrator (which locks, so concurrent starts run them once). */
export async function runMigrations(db: Kysely<unknown>, byOwner: Map<string, StorageMigrations>): Promise<string[]> {
  const all: Record<string, Migration> = {};
  for (const [owner, migrations] of byOwner) {
    for (const [name, migration] of Object.entries(migrations)) all[`${owner}/${name}`] = migration;
  }
  const provider: MigrationProvider = { getMigrations: async () => all };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'kbn_migrations',
    migrationLockTableName: 'kbn_migrations_lock',
    // Owners are independent: a plugin added later may sort before migrations already run.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Storage migration ${failed ? `[${failed.migrationName}] ` : ''}failed: ${message}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}
