/**
 * Read side of the innovations list: one read of `innovations` and one of `units`, nothing else;
 * the rows, filters and sorts are domain/queries/innovation-list.
 */
import { type InnovationListRow, innovationRows } from '../../domain/queries/innovation-list';
import { db as defaultDb, type KlinikDb } from '../schema';
import { readTables } from './read';

/** Live innovations of live units; the order is the table's (sort with `sortInnovationRows`). */
export async function listInnovationRows(database: KlinikDb = defaultDb): Promise<InnovationListRow[]> {
  const { units, innovations } = await readTables(database, ['units', 'innovations']);
  return innovationRows(units, innovations);
}
