/**
 * The tombstone index (schema.ts `tombstones`): one row per deleted record, written in the same
 * transaction as the record by the write path (mutations.ts) and by a pull (sync-store.ts), so
 * it never disagrees with the records. Read side: the ids of a table's deleted records, keys
 * only, without reading any record's value.
 */
import type { TableName } from '../domain/table-names';
import type { KlinikDb } from './schema';

/** Records `id` of `table` as deleted or not; call inside a transaction that holds `tombstones`. */
export function markDeleted(
  database: KlinikDb,
  table: TableName,
  id: string,
  deleted: boolean,
): Promise<unknown> {
  return deleted ? database.tombstones.put({ table, id }) : database.tombstones.delete([table, id]);
}

/** The same for a page of records: `deleted` and `live` ids of one table. */
export async function markPage(
  database: KlinikDb,
  table: TableName,
  deleted: readonly string[],
  live: readonly string[],
): Promise<void> {
  await Promise.all([
    deleted.length ? database.tombstones.bulkPut(deleted.map((id) => ({ table, id }))) : undefined,
    live.length
      ? database.tombstones.bulkDelete(live.map((id): [TableName, string] => [table, id]))
      : undefined,
  ]);
}

/** The ids of `table`'s deleted records (a Dexie promise, so a live query keeps watching it). */
export function readDeletedIds(database: KlinikDb, table: TableName) {
  return database.tombstones
    .where('table')
    .equals(table)
    .primaryKeys()
    .then((keys) => new Set(keys.map((key) => key[1])));
}
