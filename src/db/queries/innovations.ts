/**
 * Read side of the innovation editor and the 5D board. An innovation counts as gone when it is
 * deleted or when its unit is deleted: both screens then show their "not found" state.
 */
import type { Innovation } from '../../domain/innovation';
import { type BoardStage, boardStages } from '../../domain/queries/innovations';
import type { Unit } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';
import { getLiveWithUnit } from './read';

export interface InnovationDetail {
  innovation: Innovation;
  unit: Unit;
}

/** The innovation with its unit; `null` when either is missing or deleted. */
export async function getInnovationDetail(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<InnovationDetail | null> {
  const found = await getLiveWithUnit(database, database.innovations, id);
  return found && { innovation: found.record, unit: found.unit };
}

export interface BoardDetail extends InnovationDetail {
  /** Always the five stages, in 5D order. */
  stages: BoardStage[];
}

/** The innovation, its unit and one progress row per 5D stage (see `boardStages`). */
export async function getBoard(id: string, database: KlinikDb = defaultDb): Promise<BoardDetail | null> {
  const detail = await getInnovationDetail(id, database);
  if (!detail) return null;
  const rows = await database.stageProgress.where('innovationId').equals(id).toArray();
  return { ...detail, stages: boardStages(rows) };
}
