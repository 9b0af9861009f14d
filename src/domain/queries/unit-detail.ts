/**
 * One unit's page as a pure function over what db/queries/unit-detail read: its live innovations
 * with their stages in 5D order, sessions newest first, open follow-ups by the one rule in
 * domain/follow-up-live. Apart from the units list (units.ts), which is on the first screen.
 */
import type { ActionItem } from '../action-item';
import { followUpParents, isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import type { MentoringSession } from '../session';
import type { StageProgress } from '../stage-progress';
import { stageIndex } from '../stages';
import type { Unit } from '../unit';
import { byDueDate } from './follow-ups';
import { liveByName } from './live';
import { newestFirst } from './sessions';

/** What db/queries reads for one unit: its rows of each table, deleted ones included. */
export interface UnitSlice {
  unit: Unit;
  innovations: readonly Innovation[];
  sessions: readonly MentoringSession[];
  actionItems: readonly ActionItem[];
  /** Stage rows of the unit's live innovations. */
  stageRows: readonly StageProgress[];
}

export interface UnitInnovation {
  innovation: Innovation;
  /** Live stage rows in 5D order. */
  stages: StageProgress[];
}

export interface UnitDetail {
  unit: Unit;
  /** By name. */
  innovations: UnitInnovation[];
  /** Newest first. */
  sessions: MentoringSession[];
  /** By due date, none last. */
  openFollowUps: ActionItem[];
  /** Live follow-ups, open or done: what "Hapus unit" names as going with the unit. */
  followUpCount: number;
}

export function unitDetail(slice: UnitSlice): UnitDetail {
  const stagesOf = new Map<string, StageProgress[]>();
  for (const row of slice.stageRows) {
    if (row.deleted) continue;
    const list = stagesOf.get(row.innovationId) ?? [];
    list.push(row);
    stagesOf.set(row.innovationId, list);
  }
  const parents = followUpParents(slice.innovations, slice.sessions);
  return {
    unit: slice.unit,
    innovations: liveByName(slice.innovations).map((innovation) => ({
      innovation,
      stages: (stagesOf.get(innovation.id) ?? []).sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage)),
    })),
    sessions: slice.sessions.filter((s) => !s.deleted).sort(newestFirst),
    openFollowUps: slice.actionItems
      .filter((a) => a.status === 'open' && isLiveFollowUp(a, parents))
      .sort(byDueDate),
    followUpCount: slice.actionItems.filter((a) => isLiveFollowUp(a, parents)).length,
  };
}
