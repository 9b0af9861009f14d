/**
 * Read side of exports and print documents: the Dexie reads, then the pure functions of
 * domain/queries/export, which hide what the screens hide and put rows in reading order.
 */
import {
  exportTables,
  type MinutesData,
  sessionMinutes,
  type UnitReportData,
  unitReport,
} from '../../domain/queries/export';
import type { ExportData } from '../../export/model';
import { db as defaultDb, type KlinikDb } from '../schema';
import { getLiveWithUnit, readTables } from './read';
import { readUnitSlice } from './unit-detail';

/**
 * Everything this device may export, live records only, in reading order; `sorted: false` keeps
 * table order, for callers that only count them (see `exportTables`).
 */
export async function loadExportData(
  database: KlinikDb = defaultDb,
  options: { sorted?: boolean } = {},
): Promise<ExportData> {
  const tables = await readTables(database, [
    'units',
    'innovations',
    'stageProgress',
    'mentoringSessions',
    'actionItems',
  ]);
  return exportTables({ ...tables, sessions: tables.mentoringSessions }, options);
}

/** One session for its printed minutes (notulen); `null` when it or its unit is gone. */
export async function getSessionMinutes(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<MinutesData | null> {
  const found = await getLiveWithUnit(database, database.mentoringSessions, id);
  if (!found) return null;
  const { record: session, unit } = found;
  const [unitInnovations, items] = await Promise.all([
    database.innovations.where('unitId').equals(unit.id).toArray(),
    database.actionItems.where('sessionId').equals(id).toArray(),
  ]);
  return sessionMinutes(session, unit, unitInnovations, items);
}

/** One unit's progress report: innovations with their five stages, and open follow-ups. */
export async function getUnitReport(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<UnitReportData | null> {
  const slice = await readUnitSlice(id, database);
  return slice && unitReport(slice);
}
