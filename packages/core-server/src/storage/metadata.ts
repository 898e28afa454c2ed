import type { Kysely } from 'kysely';
import type { StorageServiceStart } from './types';

interface MetadataTable {
  kbn_metadata: { key: string; value: string };
}

export function createMetadataStore(db: Kysely<MetadataTable>): StorageServiceStart['metadata'] {
  const get = async (key: string) =>
    (await db.selectFrom('kbn_metadata').select('value').where('key', '=', key).executeTakeFirst())?.value;
  return {
    get,
    async set(key, value) {
      await db
        .insertInto('kbn_metadata')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    },
    async setIfAbsent(key, value) {
      await db
        .insertInto('kbn_metadata')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .execute();
      return (await get(key))!;
    },
  };
}
