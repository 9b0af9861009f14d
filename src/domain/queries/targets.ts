/**
 * The targets screen as pure functions: one year's target and the progress against it. Deleted
 * units, deleted innovations and innovations of deleted units do not count.
 */
import { pickTarget, unitsWithoutInnovation } from '../dashboard/figures';
import { localYear } from '../dashboard/scope';
import type { Innovation } from '../innovation';
import type { Target } from '../target';
import type { Unit } from '../unit';

export interface TargetOverview {
  /** The year this answer is for: a screen that just switched year can tell a stale answer. */
  year: number;
  target: Target | null;
  unitCount: number;
  /** Live innovations of live units created in `year` (local calendar year of `createdAt`). */
  innovationsInYear: number;
  /** Live units with no live innovation at all, by name. */
  unitsWithoutInnovation: Unit[];
}

/** The target (the oldest live one of the year, as the dashboard picks it) and the progress. */
export function targetOverview(
  year: number,
  targets: readonly Target[],
  units: readonly Unit[],
  innovations: readonly Innovation[],
): TargetOverview {
  const liveUnits = units.filter((u) => !u.deleted);
  const liveUnitIds = new Set(liveUnits.map((u) => u.id));
  const withInnovation = new Set<string>();
  let innovationsInYear = 0;
  for (const innovation of innovations) {
    if (innovation.deleted || !liveUnitIds.has(innovation.unitId)) continue;
    withInnovation.add(innovation.unitId);
    if (localYear(innovation.createdAt) === year) innovationsInYear++;
  }
  return {
    year,
    target: pickTarget(targets, year),
    unitCount: liveUnits.length,
    innovationsInYear,
    unitsWithoutInnovation: unitsWithoutInnovation(liveUnits, withInnovation),
  };
}
