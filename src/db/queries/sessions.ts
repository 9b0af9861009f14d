/**
 * Read side of the mentoring-session screens: the Dexie reads, then the pure functions of
 * domain/queries/sessions. A session counts as gone when it is deleted or its unit is deleted.
 */
import type { ActionItem } from '../../domain/action-item';
import type { Innovation } from '../../domain/innovation';
import { liveByName } from '../../domain/queries/live';
import { type SessionSummary, sessionFollowUps, sessionSummaries } from '../../domain/queries/sessions';
import type { MentoringSession } from '../../domain/session';
import type { Unit } from '../../domain/unit';
import { db as defaultDb, type KlinikDb } from '../schema';
import { getLive, readTables } from './read';

/** Non-deleted units by name: the choices for "which unit was visited". */
export async function listUnitChoices(database: KlinikDb = defaultDb): Promise<Unit[]> {
  return liveByName(await database.units.toArray());
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
  const session = await getLive(database.mentoringSessions, id);
  if (!session) return null;
  const units = await listUnitChoices(database);
  const unit = units.find((u) => u.id === session.unitId);
  return unit ? { session, unit, units } : null;
}

/** The unit's non-deleted innovations by name (the "innovations in focus" choices). */
export async function listUnitInnovations(
  unitId: string,
  database: KlinikDb = defaultDb,
): Promise<Innovation[]> {
  if (!unitId) return [];
  return liveByName(await database.innovations.where('unitId').equals(unitId).toArray());
}

/** The follow-ups agreed in one session, oldest first (the order they were written down). */
export async function listSessionFollowUps(
  sessionId: string,
  database: KlinikDb = defaultDb,
): Promise<ActionItem[]> {
  return sessionFollowUps(await database.actionItems.where('sessionId').equals(sessionId).toArray());
}

/** Every live session (unit not deleted) with its unit name and open follow-ups, newest first. */
export async function listSessionSummaries(database: KlinikDb = defaultDb): Promise<SessionSummary[]> {
  const { mentoringSessions, units, actionItems } = await readTables(database, [
    'mentoringSessions',
    'units',
    'actionItems',
  ]);
  return sessionSummaries(mentoringSessions, units, actionItems);
}
