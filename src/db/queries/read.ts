/**
 * Reads the query modules share: whole tables at once, one live record by id. They return
 * Dexie's own promises (no `async`): inside a live query, each native `await` between reads is
 * a chance for Dexie to lose track of the query, and a read it loses is not watched for changes.
 */
import { Dexie, type PromiseExtended, type Table } from 'dexie';
import type { BaseRecord } from '../../domain/record';
import type { RecordOf, TableName } from '../../domain/tables';
import type { Unit } from '../../domain/unit';
import type { KlinikDb } from '../schema';

export type TableRows<T extends TableName> = { [K in T]: RecordOf<K>[] };

/** Every row of each named table (deleted ones included), read in parallel. */
export function readTables<T extends TableName>(
  database: KlinikDb,
  tables: readonly T[],
): PromiseExtended<TableRows<T>> {
  return Dexie.Promise.all(tables.map((t) => database.table(t).toArray())).then(
    (rows) => Object.fromEntries(tables.map((t, i) => [t, rows[i]])) as TableRows<T>,
  );
}

/** The record with this id, or `null` when it is missing or a tombstone. */
export function getLive<T extends BaseRecord>(
  table: Table<T, string>,
  id: string,
): PromiseExtended<T | null> {
  return table.get(id).then((row) => (row && !row.deleted ? row : null));
}

/** A live record of a unit's table with its live unit; `null` when either is missing or deleted. */
export function getLiveWithUnit<T extends BaseRecord & { unitId: string }>(
  database: KlinikDb,
  table: Table<T, string>,
  id: string,
): PromiseExtended<{ record: T; unit: Unit } | null> {
  return getLive(table, id).then((record) =>
    record ? getLive(database.units, record.unitId).then((unit) => unit && { record, unit }) : null,
  );
}
