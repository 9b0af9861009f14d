import type { ActionStatus } from './action-status';
import type { IsoDate } from './record';

/**
 * Overdue: still open and its due date is before today (both `YYYY-MM-DD`, compared as text).
 * Apart from action-item.ts so the units list (the first screen) does not carry its validation.
 */
export function isOverdue(item: { status: ActionStatus; dueDate: IsoDate }, today: string): boolean {
  return item.status === 'open' && item.dueDate !== '' && item.dueDate < today;
}
