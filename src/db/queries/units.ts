/**
 * Read side of the units screens: the Dexie reads, then the pure functions of
 * domain/queries/units. Whole tables are read once and joined in memory, so a list of 200 units
 * costs a few table reads, not a query per unit.
 */
import {
  type UnitDetail,
  type UnitSlice,
  type UnitSummary,
  unitDetail,
  unitSummaries,
} from '../../domain/queries/units';
import { db as defaultDb, type KlinikDb } from '../schema';
import { getLive } from './read';

/**
 * All non-deleted units with their counts, sorted by name. Only open follow-ups are read (the
 * counts are of open ones); every session is, since a deleted one hides its follow-ups.
 */
export async function listUnitSummaries(
  today: string,
  database: KlinikDb = defaultDb,
): Promise<UnitSummary[]> {
  const [units, innovations, sessions, openItems] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    database.mentoringSessions.toArray(),
    database.actionItems.where('status').equals('open').toArray(),
  ]);
  return unitSummaries(units, innovations, sessions, openItems, today);
}

/** One unit's rows of each table (deleted ones included); `null` when it is missing or deleted. */
export async function readUnitSlice(id: string, database: KlinikDb = defaultDb): Promise<UnitSlice | null> {
  const unit = await getLive(database.units, id);
  if (!unit) return null;
  const [innovations, sessions, actionItems] = await Promise.all([
    database.innovations.where('unitId').equals(id).toArray(),
    database.mentoringSessions.where('unitId').equals(id).toArray(),
    database.actionItems.where('unitId').equals(id).toArray(),
  ]);
  const live = innovations.filter((i) => !i.deleted).map((i) => i.id);
  const stageRows = live.length
    ? await database.stageProgress.where('innovationId').anyOf(live).toArray()
    : [];
  return { unit, innovations, sessions, actionItems, stageRows };
}

/** One unit with its innovations, sessions and open follow-ups; `null` when missing or deleted. */
export async function getUnitDetail(id: string, database: KlinikDb = defaultDb): Promise<UnitDetail | null> {
  const slice = await readUnitSlice(id, database);
  return slice && unitDetail(slice);
}
