/** Follow-ups (rencana tindak lanjut): add, edit, complete, reopen, delete, restore. */
import { type ActionItemFields, checkFollowUpDue } from '../../domain/action-item';
import { localToday } from '../../domain/dates';
import { completed, reopened } from '../../domain/follow-up-transitions';
import type { MentoringSession } from '../../domain/session';
import { type Change, ValidationFailed, writeChanges, writeChangesAfterReading } from '../mutations';
import { db as defaultDb, type KlinikDb } from '../schema';

/**
 * Adds a follow-up. `session`, when given, is a new session not yet written (the form held in
 * memory): it is created in the same transaction, so the follow-up never points at nothing.
 */
export async function addFollowUp(
  fields: ActionItemFields,
  database: KlinikDb = defaultDb,
  session?: MentoringSession,
): Promise<string> {
  const ids = await writeChangesAfterReading(
    ['mentoringSessions', 'actionItems'],
    async () => {
      const changes: Change[] = [];
      const stored = fields.sessionId ? await database.mentoringSessions.get(fields.sessionId) : undefined;
      const held = session?.id === fields.sessionId ? session : undefined;
      refuseDueBeforeSession(fields.dueDate, (stored ?? held)?.date);
      if (session && !(await database.mentoringSessions.get(session.id))) {
        const { id, createdAt: _c, updatedAt: _u, deleted: _d, version: _v, ...fields } = session;
        changes.push({ table: 'mentoringSessions', op: 'create', id, fields });
      }
      changes.push({ table: 'actionItems', op: 'create', fields });
      return changes;
    },
    database,
  );
  return ids.at(-1) as string;
}

export async function editFollowUp(
  id: string,
  fields: Partial<ActionItemFields>,
  database: KlinikDb = defaultDb,
): Promise<void> {
  if (fields.dueDate === undefined) {
    await writeChanges([{ table: 'actionItems', op: 'patch', id, fields }], database);
    return;
  }
  const dueDate = fields.dueDate;
  await writeChangesAfterReading(
    ['actionItems', 'mentoringSessions'],
    async () => {
      const item = await database.actionItems.get(id);
      const session = item?.sessionId ? await database.mentoringSessions.get(item.sessionId) : undefined;
      refuseDueBeforeSession(dueDate, session?.date);
      return [{ table: 'actionItems', op: 'patch', id, fields }];
    },
    database,
  );
}

/** A session's follow-up may not fall due before the session (domain/action-item.ts). */
function refuseDueBeforeSession(dueDate: string, sessionDate: string | undefined): void {
  const problem = checkFollowUpDue(dueDate, sessionDate);
  if (problem) throw new ValidationFailed('actionItems', [problem]);
}

/** Marks it done today; status and date travel together. */
export async function completeFollowUp(id: string, database: KlinikDb = defaultDb): Promise<void> {
  await writeChanges(
    [
      {
        table: 'actionItems',
        op: 'patch',
        id,
        fields: completed(localToday(database.clock())),
        together: true,
      },
    ],
    database,
  );
}

export async function reopenFollowUp(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges(
    [{ table: 'actionItems', op: 'patch', id, fields: reopened(), together: true }],
    database,
  );
}

export async function deleteFollowUp(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'actionItems', op: 'delete', id }], database);
}

export async function restoreFollowUp(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'actionItems', op: 'restore', id }], database);
}
