/** Read side of one unit's page: its rows of each table, then domain/queries/unit-detail. */
import { type UnitDetail, type UnitSlice, unitDetail } from '../../domain/queries/unit-detail';
import { db as defaultDb, type KlinikDb } from '../schema';
import { getLive } from './read';

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
