/**
 * Mentoring sessions. A session is written only once someone edits it: "Sesi baru" opens a form
 * held in memory (`newSessionDraft`) with a pre-generated id, and the first real edit calls
 * `startSession`. Deleting and moving read the session's follow-ups in the same transaction as
 * they write them, so a follow-up synced in between is never left behind.
 */
import { localToday } from '../../domain/dates';
import { movedToUnit } from '../../domain/follow-up-transitions';
import { newSessionFields, type SessionFields } from '../../domain/session';
import { type Change, RecordNotFound, writeChanges, writeChangesAfterReading } from '../mutations';
import { db as defaultDb, type KlinikDb } from '../schema';

/** What "Sesi baru" shows before anything is written: dated today, with me as facilitator. */
export function newSessionDraft(unitId: string, myName: string, now: Date = new Date()): SessionFields {
  const me = myName.trim();
  return newSessionFields({ unitId, date: localToday(now), facilitators: me ? [me] : [] });
}

/**
 * Writes the session on its first real edit. If the record is already there (a follow-up added
 * first started it), the fields are applied as an edit instead.
 */
export async function startSession(
  id: string,
  fields: SessionFields,
  database: KlinikDb = defaultDb,
): Promise<void> {
  await writeChangesAfterReading(
    ['mentoringSessions'],
    async () => {
      const existing = await database.mentoringSessions.get(id);
      // Deleted since (the page was reopened from history): not brought back by an edit.
      if (existing?.deleted) throw new RecordNotFound('mentoringSessions', id);
      return [
        existing
          ? { table: 'mentoringSessions', op: 'patch', id, fields }
          : { table: 'mentoringSessions', op: 'create', id, fields },
      ];
    },
    database,
  );
}

export async function editSession(
  id: string,
  fields: Partial<SessionFields>,
  database?: KlinikDb,
): Promise<void> {
  await writeChanges([{ table: 'mentoringSessions', op: 'patch', id, fields }], database);
}

/** The session's live follow-ups, read inside the caller's transaction. */
async function liveFollowUps(database: KlinikDb, sessionId: string) {
  const rows = await database.actionItems.where('sessionId').equals(sessionId).toArray();
  return rows.filter((r) => !r.deleted);
}

/** What `deleteSession` removed, for `restoreSession` to bring back exactly that. */
export interface DeletedSession {
  sessionId: string;
  followUpIds: string[];
}

/** Soft-deletes the session and its live follow-ups, in one transaction. */
export async function deleteSession(
  sessionId: string,
  database: KlinikDb = defaultDb,
): Promise<DeletedSession> {
  const followUpIds: string[] = [];
  await writeChangesAfterReading(
    ['mentoringSessions', 'actionItems'],
    async () => {
      const items = await liveFollowUps(database, sessionId);
      followUpIds.push(...items.map((f) => f.id));
      return [
        { table: 'mentoringSessions', op: 'delete', id: sessionId },
        ...followUpIds.map((id): Change => ({ table: 'actionItems', op: 'delete', id })),
      ];
    },
    database,
  );
  return { sessionId, followUpIds };
}

export async function restoreSession(deleted: DeletedSession, database?: KlinikDb): Promise<void> {
  await writeChanges(
    [
      { table: 'mentoringSessions', op: 'restore', id: deleted.sessionId },
      ...deleted.followUpIds.map((id): Change => ({ table: 'actionItems', op: 'restore', id })),
    ],
    database,
  );
}

/**
 * The session turns out to belong to another unit: it moves there (its innovations cleared, they
 * were the old unit's) and its follow-ups move with it, in one transaction.
 */
export async function moveSession(
  sessionId: string,
  unitId: string,
  database: KlinikDb = defaultDb,
): Promise<void> {
  await writeChangesAfterReading(
    ['mentoringSessions', 'actionItems'],
    async () => {
      const changes: Change[] = [
        { table: 'mentoringSessions', op: 'patch', id: sessionId, fields: { unitId, innovationIds: [] } },
      ];
      for (const item of await liveFollowUps(database, sessionId)) {
        const fields = movedToUnit(item, unitId);
        if (fields) changes.push({ table: 'actionItems', op: 'patch', id: item.id, fields });
      }
      return changes;
    },
    database,
  );
}
