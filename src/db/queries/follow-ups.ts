/**
 * Read side of the follow-ups screen (rencana tindak lanjut across all units). A follow-up is
 * hidden when it is deleted or hangs off a deleted unit, innovation or session. Sorting and
 * filtering are pure functions so the screen can re-filter without re-reading IndexedDB.
 */

import { type ActionItem, isOverdue } from '../../domain/action-item';
import { compareCodes, compareText, fold } from '../../domain/collate';
import { db as defaultDb, type KlinikDb } from '../schema';

export interface FollowUpRow {
  item: ActionItem;
  unitName: string;
  /** Date of the session it was agreed in; '' when not made in a (live) session. */
  sessionDate: string;
  /** '' when it concerns the unit as a whole. */
  innovationName: string;
}

export async function listFollowUps(database: KlinikDb = defaultDb): Promise<FollowUpRow[]> {
  const [items, units, innovations, sessions] = await Promise.all([
    database.actionItems.toArray(),
    database.units.toArray(),
    database.innovations.toArray(),
    database.mentoringSessions.toArray(),
  ]);
  const unitNames = new Map(units.filter((u) => !u.deleted).map((u) => [u.id, u.name]));
  const innovationNames = new Map(innovations.map((i) => [i.id, i]));
  const sessionsById = new Map(sessions.map((s) => [s.id, s]));
  const rows: FollowUpRow[] = [];
  for (const item of items) {
    const unitName = unitNames.get(item.unitId);
    if (item.deleted || unitName === undefined) continue;
    const innovation = item.innovationId ? innovationNames.get(item.innovationId) : undefined;
    if (innovation?.deleted) continue;
    const session = item.sessionId ? sessionsById.get(item.sessionId) : undefined;
    if (session?.deleted) continue;
    rows.push({ item, unitName, sessionDate: session?.date ?? '', innovationName: innovation?.name ?? '' });
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
    if (a.dueDate !== b.dueDate) {
      if (!a.dueDate) return 1;
      if (!b.dueDate) return -1;
      return compareCodes(a.dueDate, b.dueDate);
    }
    return compareCodes(a.createdAt, b.createdAt);
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
