/**
 * Read side of the targets screen: one year's target and the progress against it. Deleted
 * units, deleted innovations and innovations of deleted units do not count.
 */
import { byName, compareCodes } from '../../domain/collate';
import type { Target } from '../../domain/target';
import type { Unit } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';

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

/**
 * Two devices offline may each create a target for the same year; the oldest one is shown so
 * every device edits the same record.
 */
function pickTarget(rows: readonly Target[]): Target | null {
  const live = rows.filter((r) => !r.deleted);
  live.sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
  return live[0] ?? null;
}

export async function getTargetOverview(
  year: number,
  database: KlinikDb = defaultDb,
): Promise<TargetOverview> {
  const [targets, units, innovations] = await Promise.all([
    database.targets.where('year').equals(year).toArray(),
    database.units.toArray(),
    database.innovations.toArray(),
  ]);
  const liveUnits = units.filter((u) => !u.deleted);
  const liveUnitIds = new Set(liveUnits.map((u) => u.id));
  const withInnovation = new Set<string>();
  let innovationsInYear = 0;
  for (const innovation of innovations) {
    if (innovation.deleted || !liveUnitIds.has(innovation.unitId)) continue;
    withInnovation.add(innovation.unitId);
    if (new Date(innovation.createdAt).getFullYear() === year) innovationsInYear++;
  }
  return {
    year,
    target: pickTarget(targets),
    unitCount: liveUnits.length,
    innovationsInYear,
    unitsWithoutInnovation: liveUnits.filter((u) => !withInnovation.has(u.id)).sort(byName),
  };
}
