import type { TableName } from './tables';

/**
 * The synced tables' names, apart from tables.ts: that module computes every table's field list
 * when it loads, which pulls in every table's rules. The sync store and the draft journal need
 * only the names, and they are on the first screen.
 */
export const TABLES: readonly TableName[] = [
  'units',
  'innovations',
  'stageProgress',
  'mentoringSessions',
  'actionItems',
  'targets',
  'conflicts',
];

export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && (TABLES as readonly string[]).includes(value);
}
