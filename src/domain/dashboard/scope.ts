/**
 * The records a dashboard looks at, after the filters. Every table is walked once; the
 * figures then work on these already-filtered arrays, so the cost grows with the data, never
 * with units × innovations (city scale: 50 units, 2,000 innovations, 20,000 follow-ups).
 */

import type { ActionItem } from '../action-item';
import { byName } from '../collate';
import { isLiveFollowUp } from '../follow-up-live';
import type { Innovation } from '../innovation';
import type { MentoringSession } from '../session';
import type { Target } from '../target';
import type { Unit } from '../unit';
import type { DashboardFilter } from './filter';

/** Whole tables as stored, deleted rows included. */
export interface DashboardData {
  units: readonly Unit[];
  innovations: readonly Innovation[];
  sessions: readonly MentoringSession[];
  actionItems: readonly ActionItem[];
  targets: readonly Target[];
}

export interface Scope {
  filter: DashboardFilter;
  /** Live units on this device, before the group/kind filter: zero means "nothing here yet". */
  totalUnits: number;
  /** Live units matching group and kind, by name. */
  units: Unit[];
  unitsById: ReadonlyMap<string, Unit>;
  /** Live innovations of those units created in the year (local calendar year of `createdAt`). */
  innovations: Innovation[];
  /** Units in scope with at least one live innovation in any year ("1 instansi 1 inovasi"). */
  unitsWithInnovation: ReadonlySet<string>;
  /** Live sessions of those units dated in the year. */
  sessions: MentoringSession[];
  /**
   * Live follow-ups of those units agreed in the year: the date of their session, or the day
   * they were written down when not made in a session.
   */
  followUps: ActionItem[];
  /** Names of live innovations in scope by id (any year), to label follow-ups. */
  innovationNames: ReadonlyMap<string, string>;
  /** Years that have live innovations or sessions (any unit), newest first: the year choices. */
  years: number[];
}

/**
 * The local calendar year of an ISO timestamp (as the targets screen counts). Away from New
 * Year no time zone can change the year, so the text is read directly; otherwise `Date` decides.
 */
export function localYear(iso: string): number {
  const monthDay = iso.slice(5, 10);
  if (/^\d{4}-/.test(iso) && monthDay >= '01-02' && monthDay <= '12-30') return Number(iso.slice(0, 4));
  return new Date(iso).getFullYear();
}

export function applyFilters(data: DashboardData, filter: DashboardFilter): Scope {
  const inYear = (year: number) => filter.year === 'all' || filter.year === year;
  let totalUnits = 0;
  const units: Unit[] = [];
  const unitsById = new Map<string, Unit>();
  for (const unit of data.units) {
    if (unit.deleted) continue;
    totalUnits++;
    if (filter.group !== '' && unit.group !== filter.group) continue;
    if (filter.kind !== '' && unit.kind !== filter.kind) continue;
    units.push(unit);
    unitsById.set(unit.id, unit);
  }
  units.sort(byName);

  const innovations: Innovation[] = [];
  const unitsWithInnovation = new Set<string>();
  const innovationNames = new Map<string, string>();
  const deletedInnovations = new Set<string>();
  const years = new Set<number>();
  for (const innovation of data.innovations) {
    if (innovation.deleted) {
      deletedInnovations.add(innovation.id);
      continue;
    }
    years.add(localYear(innovation.createdAt));
    if (!unitsById.has(innovation.unitId)) continue;
    unitsWithInnovation.add(innovation.unitId);
    innovationNames.set(innovation.id, innovation.name);
    if (inYear(localYear(innovation.createdAt))) innovations.push(innovation);
  }

  const sessions: MentoringSession[] = [];
  const sessionDates = new Map<string, string>();
  const deletedSessions = new Set<string>();
  for (const session of data.sessions) {
    if (session.deleted) {
      deletedSessions.add(session.id);
      continue;
    }
    sessionDates.set(session.id, session.date);
    if (/^\d{4}/.test(session.date)) years.add(Number(session.date.slice(0, 4)));
    if (unitsById.has(session.unitId) && inYear(Number(session.date.slice(0, 4)))) sessions.push(session);
  }

  const followUps: ActionItem[] = [];
  const parents = { deletedInnovations, deletedSessions };
  for (const item of data.actionItems) {
    if (!unitsById.has(item.unitId) || !isLiveFollowUp(item, parents)) continue;
    const sessionDate = item.sessionId ? sessionDates.get(item.sessionId) : undefined;
    const year = sessionDate ? Number(sessionDate.slice(0, 4)) : localYear(item.createdAt);
    if (inYear(year)) followUps.push(item);
  }

  return {
    filter,
    totalUnits,
    units,
    unitsById,
    innovations,
    unitsWithInnovation,
    sessions,
    followUps,
    innovationNames,
    years: [...years].filter((y) => Number.isInteger(y)).sort((a, b) => b - a),
  };
}
