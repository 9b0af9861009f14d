/**
 * The synced tables' names, apart from tables.ts: that module computes every table's field list
 * when it loads, which pulls in every table's rules. The sync store and the draft journal need
 * only the names, and they are on the first screen. `TableName` is defined here, not in tables.ts,
 * because conflict.ts names it and tables.ts imports conflict.ts (no import cycle).
 */
const NAMES = [
  'units',
  'innovations',
  'stageProgress',
  'mentoringSessions',
  'actionItems',
  'targets',
  'clinicIdentities',
  'conflicts',
] as const;

export type TableName = (typeof NAMES)[number];
export const TABLES: readonly TableName[] = NAMES;

export function isTableName(value: unknown): value is TableName {
  return typeof value === 'string' && (TABLES as readonly string[]).includes(value);
}

/** City-wide tables (scope GLOBAL_SCOPE): every role reads them and no device ever evicts them. */
export const CITY_WIDE_TABLES: ReadonlySet<TableName> = new Set<TableName>(['targets', 'clinicIdentities']);
