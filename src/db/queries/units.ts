/**
 * Read side of the units screens. Each function reads whole tables (or one unit's slice) once
 * and joins in memory, so a list of 200 units costs three table reads, not a query per unit.
 * Deleted records are hidden, and so are follow-ups that hang off a deleted innovation.
 */
import type { ActionItem } from '../../domain/action-item';
import { byName, compareCodes } from '../../domain/collate';
import type { Innovation } from '../../domain/innovation';
import { isOverdue } from '../../domain/overdue';
import type { MentoringSession } from '../../domain/session';
import type { StageProgress } from '../../domain/stage-progress';
import type { Unit, UnitGroup, UnitKind } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';

export interface UnitSummary {
  unit: Unit;
  innovationCount: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

/** Is this follow-up still relevant: not deleted and not hanging off a deleted parent? */
function isLive(item: ActionItem, deletedInnovations: ReadonlySet<string>): boolean {
  return !item.deleted && !(item.innovationId && deletedInnovations.has(item.innovationId));
}

/** All non-deleted units with their counts, sorted by name (Indonesian collation). */
export async function listUnitSummaries(
  today: string,
  database: KlinikDb = defaultDb,
): Promise<UnitSummary[]> {
  const [units, innovations, actionItems] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    database.actionItems.toArray(),
  ]);
  const byUnit = new Map<string, UnitSummary>();
  for (const unit of units) {
    if (!unit.deleted)
      byUnit.set(unit.id, { unit, innovationCount: 0, openFollowUps: 0, overdueFollowUps: 0 });
  }
  const deletedInnovations = new Set<string>();
  for (const innovation of innovations) {
    if (innovation.deleted) {
      deletedInnovations.add(innovation.id);
      continue;
    }
    const summary = byUnit.get(innovation.unitId);
    if (summary) summary.innovationCount++;
  }
  for (const item of actionItems) {
    if (item.status !== 'open' || !isLive(item, deletedInnovations)) continue;
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

export interface UnitInnovation {
  innovation: Innovation;
  stages: StageProgress[];
}

export interface UnitDetail {
  unit: Unit;
  innovations: UnitInnovation[];
  sessions: MentoringSession[];
  openFollowUps: ActionItem[];
}

/** One unit with its innovations, sessions and open follow-ups; `null` when missing or deleted. */
export async function getUnitDetail(id: string, database: KlinikDb = defaultDb): Promise<UnitDetail | null> {
  const unit = await database.units.get(id);
  if (!unit || unit.deleted) return null;
  const [innovations, sessions, actionItems] = await Promise.all([
    database.innovations.where('unitId').equals(id).toArray(),
    database.mentoringSessions.where('unitId').equals(id).toArray(),
    database.actionItems.where('unitId').equals(id).toArray(),
  ]);
  const liveInnovations = innovations.filter((i) => !i.deleted).sort(byName);
  const stageRows = liveInnovations.length
    ? await database.stageProgress
        .where('innovationId')
        .anyOf(liveInnovations.map((i) => i.id))
        .toArray()
    : [];
  const stagesOf = new Map<string, StageProgress[]>();
  for (const row of stageRows) {
    if (row.deleted) continue;
    const list = stagesOf.get(row.innovationId) ?? [];
    list.push(row);
    stagesOf.set(row.innovationId, list);
  }
  const deletedInnovations = new Set(innovations.filter((i) => i.deleted).map((i) => i.id));
  return {
    unit,
    innovations: liveInnovations.map((innovation) => ({
      innovation,
      stages: stagesOf.get(innovation.id) ?? [],
    })),
    sessions: sessions
      .filter((s) => !s.deleted)
      .sort((a, b) =>
        a.date === b.date ? compareCodes(b.createdAt, a.createdAt) : compareCodes(b.date, a.date),
      ),
    openFollowUps: actionItems
      .filter((a) => a.status === 'open' && isLive(a, deletedInnovations))
      .sort(byDueDate),
  };
}

/** Earliest due date first; follow-ups without a due date last, then oldest first. */
function byDueDate(a: ActionItem, b: ActionItem): number {
  if (a.dueDate !== b.dueDate) {
    if (!a.dueDate) return 1;
    if (!b.dueDate) return -1;
    return compareCodes(a.dueDate, b.dueDate);
  }
  return compareCodes(a.createdAt, b.createdAt);
}
