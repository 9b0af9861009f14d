/**
 * A follow-up's statuses, apart from action-item.ts so overdue.ts (on the first screen) can name
 * them without importing the module that re-exports it: the two would import each other.
 */
export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
