/**
 * Writes that touch a session together with its follow-ups. Both go through `writeChanges`, so
 * the session and its follow-ups change in one transaction: a deleted session never leaves
 * orphan follow-ups on the unit page, and "Undo" brings back exactly what was deleted.
 */
import { type Change, writeChanges } from '../../../db/mutations';
import { listSessionFollowUps } from '../../../db/queries/sessions';
import { showToast } from '../../../state/ui-store';

/** Soft-deletes the session and its live follow-ups, then offers "Undo" for all of them. */
export async function deleteSessionWithUndo(sessionId: string, message: string): Promise<void> {
  const followUps = await listSessionFollowUps(sessionId);
  const ids = followUps.map((f) => f.id);
  const changes = (op: 'delete' | 'restore'): Change[] => [
    { table: 'mentoringSessions', op, id: sessionId },
    ...ids.map((id): Change => ({ table: 'actionItems', op, id })),
  ];
  await writeChanges(changes('delete'));
  showToast(message, async () => {
    await writeChanges(changes('restore'));
  });
}

/**
 * When a session turns out to belong to another unit, its follow-ups move with it; their
 * innovation link is cleared because it pointed at the old unit's innovation.
 */
export async function moveSessionFollowUps(sessionId: string, unitId: string): Promise<void> {
  const followUps = await listSessionFollowUps(sessionId);
  const changes = followUps
    .filter((f) => f.unitId !== unitId)
    .map(
      (f): Change => ({ table: 'actionItems', op: 'patch', id: f.id, fields: { unitId, innovationId: '' } }),
    );
  if (changes.length) await writeChanges(changes);
}
