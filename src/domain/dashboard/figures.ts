/** The dashboard's figures: pure functions over an already-filtered scope (scope.ts). */

import { type ActionItem, isOverdue } from '../action-item';
import { byName, compareCodes } from '../collate';
import { innovationCompleteness, type MissingCode } from '../completeness';
import type { Innovation } from '../innovation';
import type { StageKey } from '../stages';
import type { Target } from '../target';
import { UNIT_KINDS, type Unit } from '../unit';
import { PROFILE_VALUES, type ProfileField } from './filter';

export type StageCounts = Record<StageKey, number>;

const zeroStages = (): StageCounts => ({ drumUp: 0, diagnose: 0, design: 0, deliver: 0, display: 0 });

/** How many innovations are in each 5D stage now (their `currentStage`). */
export function countByStage(innovations: readonly Innovation[]): StageCounts {
  const counts = zeroStages();
  for (const i of innovations) counts[i.currentStage]++;
  return counts;
}

export interface FunnelRow {
  /** '1' / '2' for groups, a UnitKind for kinds. */
  key: string;
  units: number;
  counts: StageCounts;
  total: number;
}

/**
 * The funnel per unit group or per unit kind: one row for each group/kind that has units in
 * scope (in their fixed order), even when it has no innovation yet.
 */
export function funnelBy(
  by: 'group' | 'kind',
  units: readonly Unit[],
  innovations: readonly Innovation[],
  unitsById: ReadonlyMap<string, Unit>,
): FunnelRow[] {
  const rows = new Map<string, FunnelRow>();
  const keyOf = (u: Unit) => (by === 'group' ? String(u.group) : u.kind);
  for (const unit of units) {
    const key = keyOf(unit);
    const row = rows.get(key) ?? { key, units: 0, counts: zeroStages(), total: 0 };
    row.units++;
    rows.set(key, row);
  }
  for (const innovation of innovations) {
    const unit = unitsById.get(innovation.unitId);
    const row = unit && rows.get(keyOf(unit));
    if (!row) continue;
    row.counts[innovation.currentStage]++;
    row.total++;
  }
  const order: readonly string[] = by === 'group' ? ['1', '2'] : UNIT_KINDS;
  return order.flatMap((key) => rows.get(key) ?? []);
}

/**
 * The year's target: two devices offline may each create one, so the oldest live one wins
 * (as on the targets screen).
 */
export function pickTarget(targets: readonly Target[], year: number): Target | null {
  const live = targets.filter((t) => !t.deleted && t.year === year);
  live.sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
  return live[0] ?? null;
}

/** Units in scope without any live innovation, by name. */
export function unitsWithoutInnovation(units: readonly Unit[], withInnovation: ReadonlySet<string>): Unit[] {
  return units.filter((u) => !withInnovation.has(u.id)).sort(byName);
}

export interface Slice {
  /** '' = not filled in yet. */
  value: string;
  count: number;
}

/** Counts per value of an IID choice, every value in its fixed order; "not set" last when any. */
export function breakdown(innovations: readonly Innovation[], field: ProfileField): Slice[] {
  const counts = new Map<string, number>();
  for (const i of innovations) counts.set(i[field], (counts.get(i[field]) ?? 0) + 1);
  const slices = PROFILE_VALUES[field].map((value) => ({ value, count: counts.get(value) ?? 0 }));
  const unset = counts.get('') ?? 0;
  return unset > 0 ? [...slices, { value: '', count: unset }] : slices;
}

export interface DraftGap {
  innovation: Innovation;
  unit: Unit;
  missing: MissingCode[];
  rancangBangunWords: number;
}

/** Innovations whose IID profile is not complete yet, by unit then innovation name. */
export function incompleteDrafts(
  innovations: readonly Innovation[],
  unitsById: ReadonlyMap<string, Unit>,
): DraftGap[] {
  const gaps: DraftGap[] = [];
  for (const innovation of innovations) {
    const unit = unitsById.get(innovation.unitId);
    if (!unit) continue;
    const { missing, rancangBangunWords } = innovationCompleteness(innovation);
    if (missing.length > 0) gaps.push({ innovation, unit, missing, rancangBangunWords });
  }
  return gaps.sort((a, b) => byName(a.unit, b.unit) || byName(a.innovation, b.innovation));
}

export interface UnitFollowUps {
  unit: Unit;
  open: number;
  overdue: number;
}

export interface FollowUpSummary {
  /** Units with open follow-ups: most overdue first, then most open, then by name. */
  rows: UnitFollowUps[];
  open: number;
  overdue: number;
}

export function followUpsPerUnit(
  followUps: readonly ActionItem[],
  unitsById: ReadonlyMap<string, Unit>,
  today: string,
): FollowUpSummary {
  const byUnit = new Map<string, UnitFollowUps>();
  let open = 0;
  let overdue = 0;
  for (const item of followUps) {
    if (item.status !== 'open') continue;
    const unit = unitsById.get(item.unitId);
    if (!unit) continue;
    const row = byUnit.get(unit.id) ?? { unit, open: 0, overdue: 0 };
    row.open++;
    open++;
    if (isOverdue(item, today)) {
      row.overdue++;
      overdue++;
    }
    byUnit.set(unit.id, row);
  }
  const rows = [...byUnit.values()].sort(
    (a, b) => b.overdue - a.overdue || b.open - a.open || byName(a.unit, b.unit),
  );
  return { rows, open, overdue };
}
