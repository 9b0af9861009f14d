/**
 * A session's follow-up may not fall due before the session (domain/action-item.ts owns the
 * rule). The device's write path checks it against its copy of the session; the server checks it
 * against the stored session, so no client, old or hostile, stores one. Only when the due date or
 * the session link is sent: a stored follow-up whose session date later moved past it still takes
 * edits of its other fields (ticking it done, its note).
 */
import { checkFollowUpDue } from '../../domain/action-item';
import type { FieldError } from '../../domain/validation';
import type { ServerRecord } from './merge';
import type { RecordAccess } from './record-access';

export function checkFollowUpDueOnServer(
  access: Pick<RecordAccess, 'getRecord'>,
  fields: Record<string, unknown>,
  existing: ServerRecord | undefined,
): FieldError[] {
  if (!Object.hasOwn(fields, 'dueDate') && !Object.hasOwn(fields, 'sessionId')) return [];
  const merged = { ...existing?.fields, ...fields };
  const { dueDate, sessionId } = merged;
  if (typeof dueDate !== 'string' || typeof sessionId !== 'string' || sessionId === '') return [];
  const date = access.getRecord('mentoringSessions', sessionId)?.fields.date;
  const problem = typeof date === 'string' ? checkFollowUpDue(dueDate, date) : null;
  return problem ? [problem] : [];
}
