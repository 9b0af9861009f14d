import { compareCodes } from '../collate';
import type { StageProgress } from '../stage-progress';
import { STAGES, type StageKey } from '../stages';

export interface BoardStage {
  stage: StageKey;
  /** Undefined when the innovation somehow lacks this stage's row (the board offers to create it). */
  row: StageProgress | undefined;
}

/**
 * One progress row per 5D stage, in 5D order, from an innovation's stage rows. Should two live
 * rows exist for one stage (two devices creating it while offline), the oldest wins so the board
 * stays stable.
 */
export function boardStages(rows: readonly StageProgress[]): BoardStage[] {
  const live = rows
    .filter((r) => !r.deleted)
    .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
  return STAGES.map((stage) => ({ stage, row: live.find((r) => r.stage === stage) }));
}
