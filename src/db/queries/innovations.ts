/**
 * Read side of the innovation editor and the 5D board. An innovation counts as gone when it is
 * deleted or when its unit is deleted: both screens then show their "not found" state.
 */
import { compareCodes } from '../../domain/collate';
import type { Innovation } from '../../domain/innovation';
import type { StageProgress } from '../../domain/stage-progress';
import { STAGES, type StageKey } from '../../domain/stages';
import type { Unit } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';

export interface InnovationDetail {
  innovation: Innovation;
  unit: Unit;
}

/** The innovation with its unit; `null` when either is missing or deleted. */
export async function getInnovationDetail(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<InnovationDetail | null> {
  const innovation = await database.innovations.get(id);
  if (!innovation || innovation.deleted) return null;
  const unit = await database.units.get(innovation.unitId);
  if (!unit || unit.deleted) return null;
  return { innovation, unit };
}

export interface BoardStage {
  stage: StageKey;
  /** Undefined when the innovation somehow lacks this stage's row (the board offers to create it). */
  row: StageProgress | undefined;
}

export interface BoardDetail extends InnovationDetail {
  /** Always the five stages, in 5D order. */
  stages: BoardStage[];
}

/**
 * The innovation, its unit and one progress row per 5D stage. Should two live rows exist for one
 * stage (two devices creating it while offline), the oldest wins so the board stays stable.
 */
export async function getBoard(id: string, database: KlinikDb = defaultDb): Promise<BoardDetail | null> {
  const detail = await getInnovationDetail(id, database);
  if (!detail) return null;
  const rows = await database.stageProgress.where('innovationId').equals(id).toArray();
  const live = rows
    .filter((r) => !r.deleted)
    .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
  const stages = STAGES.map((stage) => ({ stage, row: live.find((r) => r.stage === stage) }));
  return { ...detail, stages };
}
