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

export interface DashboardResult {
  /** The filters this answer is for: a screen that just changed filters can tell a stale answer. */
  filter: DashboardFilter;
  scope: Scope;
  summary: DashboardSummary;
}

export async function readDashboardData(database: KlinikDb = defaultDb): Promise<DashboardData> {
  const [units, innovations, sessions, actionItems, targets] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    database.mentoringSessions.toArray(),
    database.actionItems.toArray(),
    database.targets.toArray(),
  ]);
  return { units, innovations, sessions, actionItems, targets };
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
