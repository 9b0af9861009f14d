/**
 * The follow-ups screen (rencana tindak lanjut across all units) as pure functions over whole
 * tables: which follow-ups it shows, in which order, and its filters. A follow-up is shown when
 * it counts (domain/follow-up-live) and its unit is live. Sorting and filtering work on the rows,
 * so the screen re-filters without re-reading IndexedDB.
 */
import type { ActionItem } from '../action-item';
import { compareCodes, compareText, fold } from '../collate';
import { followUpParents, isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import { isOverdue } from '../overdue';
import type { MentoringSession } from '../session';
import type { Unit } from '../unit';

export interface FollowUpRow {
  item: ActionItem;
  unitName: string;
  /** Date of the session it was agreed in; '' when not made in a (live) session. */
  sessionDate: string;
  /** '' when it concerns the unit as a whole. */
  innovationName: string;
}

/** Earliest due date first, follow-ups without one last. */
export function dueFirst(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return compareCodes(a, b);
}

/** Earliest due date first (none last), then the oldest first. */
export const byDueDate = (a: ActionItem, b: ActionItem): number =>
  dueFirst(a.dueDate, b.dueDate) || compareCodes(a.createdAt, b.createdAt);

export function followUpRows(
  items: readonly ActionItem[],
  units: readonly Unit[],
  innovations: readonly Innovation[],
  sessions: readonly MentoringSession[],
): FollowUpRow[] {
  const unitNames = new Map(units.filter((u) => !u.deleted).map((u) => [u.id, u.name]));
  const innovationNames = new Map(innovations.map((i) => [i.id, i.name]));
  const sessionDates = new Map(sessions.map((s) => [s.id, s.date]));
  const parents = followUpParents(innovations, sessions);
  const rows: FollowUpRow[] = [];
  for (const item of items) {
    const unitName = unitNames.get(item.unitId);
    if (unitName === undefined || !isLiveFollowUp(item, parents)) continue;
    rows.push({
      item,
      unitName,
      sessionDate: sessionDates.get(item.sessionId) ?? '',
      innovationName: innovationNames.get(item.innovationId) ?? '',
    });
  }
  return rows;
}

/**
 * Open before done; among open ones overdue first, then by due date (none last), then oldest
 * first. Done ones: most recently finished first.
 */
export function sortFollowUps(rows: readonly FollowUpRow[], today: string): FollowUpRow[] {
  const rank = (item: ActionItem): number => (item.status === 'done' ? 2 : isOverdue(item, today) ? 0 : 1);
  return [...rows].sort(({ item: a }, { item: b }) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.status === 'done')
      return compareCodes(b.doneDate, a.doneDate) || compareCodes(b.updatedAt, a.updatedAt);
    return byDueDate(a, b);
  });
}

export interface FollowUpFilter {
  unitId: string;
  /** Matched ignoring case and surrounding spaces; '' = everyone. */
  owner: string;
  search: string;
  showDone: boolean;
}

export const NO_FOLLOW_UP_FILTER: FollowUpFilter = { unitId: '', owner: '', search: '', showDone: false };

export function isFilteringFollowUps(filter: FollowUpFilter): boolean {
  return filter.unitId !== '' || filter.owner !== '' || filter.search.trim() !== '';
}

/** Search matches the text, owner, unit name or innovation name. */
export function filterFollowUps(rows: readonly FollowUpRow[], filter: FollowUpFilter): FollowUpRow[] {
  const owner = fold(filter.owner);
  const needle = fold(filter.search);
  return rows.filter(({ item, unitName, innovationName }) => {
    if (!filter.showDone && item.status !== 'open') return false;
    if (filter.unitId && item.unitId !== filter.unitId) return false;
    if (owner && fold(item.owner) !== owner) return false;
    if (!needle) return true;
    return [item.text, item.owner, unitName, innovationName].some((s) =>
      s.toLocaleLowerCase('id').includes(needle),
    );
  });
}

/** Distinct owners (first spelling wins, blanks left out), sorted by name. */
export function distinctOwners(rows: readonly FollowUpRow[]): string[] {
  const seen = new Map<string, string>();
  for (const { item } of rows) {
    const name = item.owner.trim();
    if (name && !seen.has(fold(name))) seen.set(fold(name), name);
  }
  return [...seen.values()].sort((a, b) => compareText(a, b));
}

/** Distinct units among the rows, sorted by name: the unit filter's choices. */
export function distinctUnits(rows: readonly FollowUpRow[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const { item, unitName } of rows) seen.set(item.unitId, unitName);
  return [...seen.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => compareText(a.name, b.name));
}

export interface FollowUpChoices {
  units: { id: string; name: string }[];
  owners: string[];
}

/**
 * The filter choices: units and owners of the follow-ups in view (open ones, or all when done
 * ones are shown). The current choice stays listed even after its last follow-up was ticked off.
 */
export function filterChoices(rows: readonly FollowUpRow[], filter: FollowUpFilter): FollowUpChoices {
  const scope = filter.showDone ? rows : rows.filter((r) => r.item.status === 'open');
  const units = distinctUnits(scope);
  if (filter.unitId && !units.some((u) => u.id === filter.unitId)) {
    const chosen = distinctUnits(rows).find((u) => u.id === filter.unitId);
    if (chosen) units.push(chosen);
  }
  const owners = distinctOwners(scope);
  if (filter.owner && !owners.some((o) => fold(o) === fold(filter.owner))) owners.push(filter.owner);
  return { units, owners };
}
