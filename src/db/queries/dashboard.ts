/**
 * Read side of the dashboard: one read of each table it needs, then the pure functions of
 * domain/dashboard. Used inside a live query, so the dashboard follows every write and sync.
 */
import {
  applyFilters,
  type DashboardData,
  type DashboardFilter,
  type DashboardSummary,
  type Scope,
  summarize,
} from '../../domain/dashboard';
import { db as defaultDb, type KlinikDb } from '../schema';
import { readTables } from './read';

export interface DashboardResult {
  /** The filters this answer is for: a screen that just changed filters can tell a stale answer. */
  filter: DashboardFilter;
  scope: Scope;
  summary: DashboardSummary;
}

export async function readDashboardData(database: KlinikDb = defaultDb): Promise<DashboardData> {
  const { mentoringSessions, ...rest } = await readTables(database, [
    'units',
    'innovations',
    'mentoringSessions',
    'actionItems',
    'targets',
  ]);
  return { ...rest, sessions: mentoringSessions };
}

export async function getDashboard(
  filter: DashboardFilter,
  today: string,
  database: KlinikDb = defaultDb,
): Promise<DashboardResult> {
  const data = await readDashboardData(database);
  const scope = applyFilters(data, filter);
  return { filter, scope, summary: summarize(scope, data.targets, today) };
}
