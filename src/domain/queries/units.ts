/**
 * The units screens as pure functions over what db/queries/units read: the list with its counts
 * and filters, and one unit's page. Deleted records are hidden; follow-ups count by the one rule
 * in domain/follow-up-live.
 */
import type { ActionItem } from '../action-item';
import { byName } from '../collate';
import { followUpParents, isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import { isOverdue } from '../overdue';
import type { MentoringSession } from '../session';
import type { StageProgress } from '../stage-progress';
import { stageIndex } from '../stages';
import type { Unit, UnitGroup, UnitKind } from '../unit';
import { byDueDate } from './follow-ups';
import { liveByName } from './live';
import { newestFirst } from './sessions';

export interface UnitSummary {
  unit: Unit;
  innovationCount: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

/**
 * Live units with their live innovations and open follow-ups counted, by name. `actionItems`
 * may be only the open ones; `sessions` must hold every session a follow-up may hang off.
 */
export function unitSummaries(
  units: readonly Unit[],
  innovations: readonly Innovation[],
  sessions: readonly MentoringSession[],
  actionItems: readonly ActionItem[],
  today: string,
): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  for (const unit of units) {
    if (!unit.deleted)
      byUnit.set(unit.id, { unit, innovationCount: 0, openFollowUps: 0, overdueFollowUps: 0 });
  }
  for (const innovation of innovations) {
    const summary = innovation.deleted ? undefined : byUnit.get(innovation.unitId);
    if (summary) summary.innovationCount++;
  }
  const parents = followUpParents(innovations, sessions);
  for (const item of actionItems) {
    if (item.status !== 'open' || !isLiveFollowUp(item, parents)) continue;
    const summary = byUnit.get(item.unitId);
    if (!summary) continue;
    summary.openFollowUps++;
    if (isOverdue(item, today)) summary.overdueFollowUps++;
  }
  return [...byUnit.values()].sort((a, b) => byName(a.unit, b.unit));
}

export interface UnitFilter {
  search: string;
  kind: UnitKind | '';
  group: UnitGroup | '';
}

export const NO_FILTER: UnitFilter = { search: '', kind: '', group: '' };

export function isFiltering(filter: UnitFilter): boolean {
  return filter.search.trim() !== '' || filter.kind !== '' || filter.group !== '';
}

/** Search matches name, parent agency or contact person, ignoring case; kind and group match exactly. */
export function filterUnits<T extends { unit: Unit }>(rows: readonly T[], filter: UnitFilter): T[] {
  const needle = filter.search.trim().toLocaleLowerCase('id');
  return rows.filter(({ unit }) => {
    if (filter.kind && unit.kind !== filter.kind) return false;
    if (filter.group && unit.group !== filter.group) return false;
    if (!needle) return true;
    return [unit.name, unit.parentAgency, unit.contactPerson].some((s) =>
      s.toLocaleLowerCase('id').includes(needle),
    );
  });
}

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
  };
}
