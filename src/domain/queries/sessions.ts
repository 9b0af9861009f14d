/**
 * The session screens as pure functions: the list of live sessions (unit not deleted) with their
 * open follow-ups, its order and its filter.
 */
import type { ActionItem } from '../action-item';
import { compareCodes, fold } from '../collate';
import type { MentoringSession } from '../session';
import type { Unit } from '../unit';

/** Newest date first; on the same day the most recently created first. */
export function newestFirst(a: MentoringSession, b: MentoringSession): number {
  if (a.date !== b.date) return compareCodes(b.date, a.date);
  return compareCodes(b.createdAt, a.createdAt);
}

/** Oldest first (the order they were written down), ties by id. */
export const byCreation = (a: ActionItem, b: ActionItem): number =>
  compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id);

/** The follow-ups agreed in one session (already read by its id), oldest first. */
export function sessionFollowUps(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((a) => !a.deleted).sort(byCreation);
}

export interface SessionSummary {
  session: MentoringSession;
  unitName: string;
  openFollowUps: number;
}

/** Every live session (unit not deleted) with its unit name and open follow-ups, newest first. */
export function sessionSummaries(
  sessions: readonly MentoringSession[],
  units: readonly Unit[],
  actionItems: readonly ActionItem[],
): SessionSummary[] {
  const unitNames = new Map(units.filter((u) => !u.deleted).map((u) => [u.id, u.name]));
  const open = new Map<string, number>();
  for (const item of actionItems) {
    if (item.deleted || item.status !== 'open' || !item.sessionId) continue;
    open.set(item.sessionId, (open.get(item.sessionId) ?? 0) + 1);
  }
  const rows: SessionSummary[] = [];
  for (const session of sessions) {
    const unitName = unitNames.get(session.unitId);
    if (session.deleted || unitName === undefined) continue;
    rows.push({ session, unitName, openFollowUps: open.get(session.id) ?? 0 });
  }
  return rows.sort((a, b) => newestFirst(a.session, b.session));
}

export interface SessionFilter {
  /** When set (non-blank), only sessions this person facilitated. */
  facilitator: string;
  search: string;
}

/** Facilitator matches a whole name ignoring case; search matches unit name, place or findings. */
export function filterSessions(rows: readonly SessionSummary[], filter: SessionFilter): SessionSummary[] {
  const me = fold(filter.facilitator);
  const needle = fold(filter.search);
  return rows.filter(({ session, unitName }) => {
    if (me && !session.facilitators.some((f) => fold(f) === me)) return false;
    if (!needle) return true;
    return [unitName, session.place, session.findings].some((s) =>
      s.toLocaleLowerCase('id').includes(needle),
    );
  });
}
