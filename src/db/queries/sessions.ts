/**
 * Read side of the mentoring-session screens. A session counts as gone when it is deleted or
 * when its unit is deleted; lists read whole tables once and join in memory.
 */

import type { ActionItem } from '../../domain/action-item';
import { compareText as collate, compareCodes, fold } from '../../domain/collate';
import type { Innovation } from '../../domain/innovation';
import type { MentoringSession } from '../../domain/session';
import type { Unit } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';

/** Newest date first; on the same day the most recently created first. */
export function newestFirst(a: MentoringSession, b: MentoringSession): number {
  if (a.date !== b.date) return compareCodes(b.date, a.date);
  return compareCodes(b.createdAt, a.createdAt);
}

/** Non-deleted units by name: the choices for "which unit was visited". */
export async function listUnitChoices(database: KlinikDb = defaultDb): Promise<Unit[]> {
  const units = await database.units.toArray();
  return units.filter((u) => !u.deleted).sort((a, b) => collate(a.name, b.name));
}

export interface SessionDetail {
  session: MentoringSession;
  unit: Unit;
  units: Unit[];
}

/** The session, its unit and the unit choices; `null` when the session or its unit is gone. */
export async function getSessionDetail(
  id: string,
  database: KlinikDb = defaultDb,
): Promise<SessionDetail | null> {
  const session = await database.mentoringSessions.get(id);
  if (!session || session.deleted) return null;
  const units = await listUnitChoices(database);
  const unit = units.find((u) => u.id === session.unitId);
  if (!unit) return null;
  return { session, unit, units };
}

/** The unit's non-deleted innovations by name (the "innovations in focus" choices). */
export async function listUnitInnovations(
  unitId: string,
  database: KlinikDb = defaultDb,
): Promise<Innovation[]> {
  if (!unitId) return [];
  const rows = await database.innovations.where('unitId').equals(unitId).toArray();
  return rows.filter((i) => !i.deleted).sort((a, b) => collate(a.name, b.name));
}

/** The follow-ups agreed in one session, oldest first (the order they were written down). */
export async function listSessionFollowUps(
  sessionId: string,
  database: KlinikDb = defaultDb,
): Promise<ActionItem[]> {
  const rows = await database.actionItems.where('sessionId').equals(sessionId).toArray();
  return rows
    .filter((a) => !a.deleted)
    .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id));
}

export interface SessionSummary {
  session: MentoringSession;
  unitName: string;
  openFollowUps: number;
}

/** Every live session (unit not deleted) with its unit name and open follow-ups, newest first. */
export async function listSessionSummaries(database: KlinikDb = defaultDb): Promise<SessionSummary[]> {
  const [sessions, units, actionItems] = await Promise.all([
    database.mentoringSessions.toArray(),
    database.units.toArray(),
    database.actionItems.toArray(),
  ]);
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
