import type { ActionItemFields } from './action-item';

/**
 * Overdue: still open and its due date is before today (both `YYYY-MM-DD`, compared as text).
 * Apart from action-item.ts so the units list (the first screen) does not carry its validation.
 */
export function isOverdue(item: Pick<ActionItemFields, 'status' | 'dueDate'>, today: string): boolean {
  return item.status === 'open' && item.dueDate !== '' && item.dueDate < today;
}
