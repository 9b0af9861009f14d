/**
 * The innovations list (every innovation the device holds: ~2,000 in a city) as pure functions:
 * the rows keep only what the list shows, so the IID texts (kilobytes per innovation) are read
 * once for the completeness check and then left to the garbage collector. Search, filters and
 * sorting work on these rows, so typing in the search box never goes back to IndexedDB.
 */

import { compareCodes, compareText, fold } from '../collate';
import { innovationCompleteness } from '../completeness';
import type { Innovation } from '../innovation';
import type { StageKey } from '../stages';
import type { Unit, UnitKind } from '../unit';

export interface InnovationListRow {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  stage: StageKey;
  /** IID profile checks passed out of those that apply (see domain/completeness). */
  profileDone: number;
  profileTotal: number;
  updatedAt: string;
  version: number;
  /** Name and unit name, lower-cased in the Indonesian locale once per read, for the search. */
  haystack: string;
}

/** Live innovations of live units; the order is the table's (sort with `sortInnovationRows`). */
export function innovationRows(
  units: readonly Unit[],
  innovations: readonly Innovation[],
): InnovationListRow[] {
  const liveUnits = new Map(units.filter((u) => !u.deleted).map((u) => [u.id, u]));
  const rows: InnovationListRow[] = [];
  for (const innovation of innovations) {
    const unit = liveUnits.get(innovation.unitId);
    if (innovation.deleted || !unit) continue;
    const { done, total } = innovationCompleteness(innovation);
    rows.push({
      id: innovation.id,
      name: innovation.name,
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.kind,
      stage: innovation.currentStage,
      profileDone: done,
      profileTotal: total,
      updatedAt: innovation.updatedAt,
      version: innovation.version,
      haystack: `${innovation.name.toLocaleLowerCase('id')}\n${unit.name.toLocaleLowerCase('id')}`,
    });
  }
  return rows;
}

export const isProfileComplete = (row: InnovationListRow): boolean => row.profileDone >= row.profileTotal;

export const PROFILE_STATES = ['complete', 'incomplete'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

export interface InnovationListFilter {
  search: string;
  stage: StageKey | '';
  kind: UnitKind | '';
  unitId: string;
  profile: ProfileState | '';
}

export const NO_INNOVATION_FILTER: InnovationListFilter = {
  search: '',
  stage: '',
  kind: '',
  unitId: '',
  profile: '',
};

export function isFilteringInnovations(filter: InnovationListFilter): boolean {
  return (
    filter.search.trim() !== '' ||
    filter.stage !== '' ||
    filter.kind !== '' ||
    filter.unitId !== '' ||
    filter.profile !== ''
  );
}

/** Search matches the innovation's or its unit's name, ignoring case; the rest match exactly. */
export function filterInnovationRows(
  rows: readonly InnovationListRow[],
  filter: InnovationListFilter,
): InnovationListRow[] {
  const needle = fold(filter.search);
  return rows.filter((row) => {
    if (filter.stage && row.stage !== filter.stage) return false;
    if (filter.kind && row.unitKind !== filter.kind) return false;
    if (filter.unitId && row.unitId !== filter.unitId) return false;
    if (filter.profile && isProfileComplete(row) !== (filter.profile === 'complete')) return false;
    return needle === '' || row.haystack.includes(needle);
  });
}

export const INNOVATION_SORTS = ['name', 'unit', 'updated'] as const;
export type InnovationSort = (typeof INNOVATION_SORTS)[number];

type Compare = (a: InnovationListRow, b: InnovationListRow) => number;
const byName: Compare = (a, b) => compareText(a.name, b.name) || compareCodes(a.id, b.id);
const COMPARE: Record<InnovationSort, Compare> = {
  name: byName,
  unit: (a, b) => compareText(a.unitName, b.unitName) || byName(a, b),
  updated: (a, b) => compareCodes(b.updatedAt, a.updatedAt) || byName(a, b),
};

/** By name (Indonesian collation), by unit then name, or most recently changed first. */
export function sortInnovationRows(
  rows: readonly InnovationListRow[],
  sort: InnovationSort,
): InnovationListRow[] {
  return [...rows].sort(COMPARE[sort]);
}

export interface UnitChoice {
  id: string;
  name: string;
  kind: UnitKind;
}

/**
 * The unit filter's choices: units that have innovations (of the chosen kind, if any), by name.
 * The chosen unit stays listed even when the kind no longer matches, so the select never shows
 * a value it does not offer.
 */
export function unitChoices(rows: readonly InnovationListRow[], filter: InnovationListFilter): UnitChoice[] {
  const seen = new Map<string, UnitChoice>();
  for (const row of rows) {
    if (!filter.kind || row.unitKind === filter.kind || row.unitId === filter.unitId)
      seen.set(row.unitId, { id: row.unitId, name: row.unitName, kind: row.unitKind });
  }
  return [...seen.values()].sort((a, b) => compareText(a.name, b.name));
}
