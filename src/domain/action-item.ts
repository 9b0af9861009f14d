import { ACTION_STATUSES, type ActionStatus } from './action-status';
import type { BaseRecord, Editable, IsoDate } from './record';
import { checks, type FieldError, type Schema, validateFields } from './validation';

export { ACTION_STATUSES, type ActionStatus } from './action-status';

/** A follow-up (rencana tindak lanjut) agreed in a session: what, who, by when. */
export interface ActionItem extends BaseRecord {
  text: string;
  owner: string;
  dueDate: IsoDate;
  status: ActionStatus;
  doneDate: IsoDate;
  unitId: string;
  /** '' when the follow-up was not made in a session. */
  sessionId: string;
  /** '' when it concerns the unit rather than one innovation. */
  innovationId: string;
  /** The unit team's note, typically added when marking it done; '' for none. */
  note: string;
}

export type ActionItemFields = Editable<ActionItem>;

export function newActionItemFields(
  partial: Partial<ActionItemFields> & Pick<ActionItemFields, 'unitId' | 'text'>,
): ActionItemFields {
  return {
    owner: '',
    dueDate: '',
    status: 'open',
    doneDate: '',
    sessionId: '',
    innovationId: '',
    note: '',
    ...partial,
  };
}

/** A note is a few sentences ("selesai, SK terbit 3 Maret"), not a report. */
export const MAX_NOTE = 2000;
/** A follow-up is one agreed action, not minutes. */
export const MAX_FOLLOW_UP_TEXT = 1000;

export const actionItemSchema: Schema<ActionItemFields> = {
  text: checks.requiredText(MAX_FOLLOW_UP_TEXT),
  owner: checks.optionalText(),
  dueDate: checks.date(),
  status: checks.choice(ACTION_STATUSES, false),
  doneDate: checks.date(),
  unitId: checks.id(),
  sessionId: checks.optionalId(),
  innovationId: checks.optionalId(),
  note: checks.optionalText(MAX_NOTE),
};

export const validateActionItem = (patch: Partial<ActionItemFields>): FieldError[] =>
  validateFields(actionItemSchema, patch);

/**
 * A session's follow-up is agreed in that session: a due date before the session is a mistyped
 * date (and would show as overdue the moment it is saved). Checked where the session is known:
 * the forms, the write path (db/commands/follow-ups.ts) and the server (server/sync/follow-up-due.ts).
 */
export function dueBeforeSession(dueDate: IsoDate, sessionDate: IsoDate): boolean {
  return dueDate !== '' && sessionDate !== '' && dueDate < sessionDate;
}

export function checkFollowUpDue(dueDate: IsoDate, sessionDate: IsoDate | undefined): FieldError | null {
  return sessionDate !== undefined && dueBeforeSession(dueDate, sessionDate)
    ? { field: 'dueDate', code: 'dueBeforeSession' }
    : null;
}

export { isOverdue } from './overdue';
