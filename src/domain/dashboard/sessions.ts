/** Sessions per facilitator per month: who visited how often, for the coordinator's planning. */

import { compareText } from '../collate';
import type { MentoringSession } from '../session';

/** The longest run of months shown when every year is selected. */
export const MAX_MONTHS = 12;

export interface FacilitatorRow {
  /** The first spelling seen; '' for sessions with no facilitator recorded. */
  name: string;
  byMonth: Record<string, number>;
  total: number;
}

export interface SessionsTable {
  /** `YYYY-MM`, oldest first: the twelve months of a year, or the latest months with sessions. */
  months: string[];
  /** True when older months were left out of `months` (totals still count them). */
  truncated: boolean;
  rows: FacilitatorRow[];
  /** Sessions per month (a session with two facilitators counts once here). */
  monthTotals: Record<string, number>;
  total: number;
}

export const facilitatorKey = (name: string): string => name.trim().toLocaleLowerCase('id');

/** Does this session belong to the facilitator (null = anyone, '' = sessions with none)? */
export function facilitatedBy(session: MentoringSession, facilitator: string | null): boolean {
  if (facilitator === null) return true;
  const names = session.facilitators.map(facilitatorKey).filter((n) => n !== '');
  return facilitator.trim() === '' ? names.length === 0 : names.includes(facilitatorKey(facilitator));
}

export function sessionsPerFacilitator(
  sessions: readonly MentoringSession[],
  year: number | 'all',
): SessionsTable {
  const rows = new Map<string, FacilitatorRow>();
  const monthTotals: Record<string, number> = {};
  for (const session of sessions) {
    const month = session.date.slice(0, 7);
    monthTotals[month] = (monthTotals[month] ?? 0) + 1;
    const names = new Map<string, string>();
    for (const raw of session.facilitators) {
      const name = raw.trim();
      if (name) names.set(facilitatorKey(name), name);
    }
    if (names.size === 0) names.set('', '');
    for (const [key, name] of names) {
      const row = rows.get(key) ?? { name, byMonth: {}, total: 0 };
      row.byMonth[month] = (row.byMonth[month] ?? 0) + 1;
      row.total++;
      rows.set(key, row);
    }
  }
  let months: string[];
  let truncated = false;
  if (year === 'all') {
    const seen = Object.keys(monthTotals).sort();
    truncated = seen.length > MAX_MONTHS;
    months = seen.slice(-MAX_MONTHS);
  } else {
    months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  }
  const sorted = [...rows.values()].sort((a, b) => {
    if ((a.name === '') !== (b.name === '')) return a.name === '' ? 1 : -1;
    return b.total - a.total || compareText(a.name, b.name);
  });
  return { months, truncated, rows: sorted, monthTotals, total: sessions.length };
}
