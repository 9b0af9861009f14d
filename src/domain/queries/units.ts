/**
 * The units list as pure functions over what db/queries/units read: the list with its counts
 * and filters (one unit's page is unit-detail.ts, off the first screen). Deleted records are hidden; follow-ups count by the one rule
 * in domain/follow-up-live.
 */
import type { ActionItem } from '../action-item';
import { byName } from '../collate';
import { deletedIds, type FollowUpParents, isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import { isOverdue } from '../overdue';
import type { Unit, UnitGroup, UnitKind } from '../unit';

export interface UnitSummary {
  unit: Unit;
  innovationCount: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

/**
 * Live units with their live innovations and open follow-ups counted, by name. `actionItems`
 * may be only the open ones; `deletedSessions` holds the ids of every deleted session.
 */
export function unitSummaries(
  units: readonly Unit[],
  innovations: readonly Innovation[],
  deletedSessions: ReadonlySet<string>,
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
  const parents: FollowUpParents = { deletedInnovations: deletedIds(innovations), deletedSessions };
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
