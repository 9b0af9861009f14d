/**
 * Read side of the units list: the Dexie reads, then the pure functions of domain/queries/units
 * (one unit's page reads through unit-detail.ts, off the first screen). Whole tables are read once and joined in memory, so a list of 200 units
 * costs a few table reads, not a query per unit.
 */
import { type UnitSummary, unitSummaries } from '../../domain/queries/units';
import { db as defaultDb, type KlinikDb } from '../schema';
import { readDeletedIds } from '../tombstones';

/**
 * All non-deleted units with their counts, sorted by name. Only open follow-ups are read (the
 * counts are of open ones), and of sessions only which are deleted (the tombstone index, keys
 * only): a deleted session hides its follow-ups.
 */
export async function listUnitSummaries(
  today: string,
  database: KlinikDb = defaultDb,
): Promise<UnitSummary[]> {
  const [units, innovations, deletedSessions, openItems] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    readDeletedIds(database, 'mentoringSessions'),
    database.actionItems.where('status').equals('open').toArray(),
  ]);
  return unitSummaries(units, innovations, deletedSessions, openItems, today);
}
