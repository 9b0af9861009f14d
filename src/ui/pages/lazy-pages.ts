/**
 * Every page except the units list (the screen after login) is its own chunk, fetched the first
 * time its route opens: the first screen's JavaScript stays small (test/bench/size-check.ts).
 * The login page is split too: a signed-in start, the common case, never needs it.
 */
import { lazyPage } from '../lazy-page';
import type { Route } from '../router';

// Only the first screen's messages (i18n/id/core.ts): a first start fetches no more than it shows.
export const LoginPage = lazyPage(() => import('./LoginPage').then((m) => m.LoginPage), {
  allMessages: false,
});
export const UnitPage = lazyPage(() => import('./UnitPage').then((m) => m.UnitPage));
export const InnovationsPage = lazyPage(() => import('./InnovationsPage').then((m) => m.InnovationsPage));
export const InnovationPage = lazyPage(() => import('./InnovationPage').then((m) => m.InnovationPage));
export const StageBoardPage = lazyPage(() => import('./StageBoardPage').then((m) => m.StageBoardPage));
export const SessionsPage = lazyPage(() => import('./SessionsPage').then((m) => m.SessionsPage));
export const SessionPage = lazyPage(() => import('./SessionPage').then((m) => m.SessionPage));
export const FollowUpsPage = lazyPage(() => import('./FollowUpsPage').then((m) => m.FollowUpsPage));
export const TargetsPage = lazyPage(() => import('./TargetsPage').then((m) => m.TargetsPage));
export const SettingsPage = lazyPage(() => import('./SettingsPage').then((m) => m.SettingsPage));
export const UsersPage = lazyPage(() => import('./UsersPage').then((m) => m.UsersPage));
export const ConflictsPage = lazyPage(() => import('./ConflictsPage').then((m) => m.ConflictsPage));
export const SyncStatusPage = lazyPage(() => import('./SyncStatusPage').then((m) => m.SyncStatusPage));
export const DashboardPage = lazyPage(() => import('./DashboardPage').then((m) => m.DashboardPage));
export const SessionMinutesPage = lazyPage(() =>
  import('./SessionMinutesPage').then((m) => m.SessionMinutesPage),
);
export const UnitReportPage = lazyPage(() => import('./UnitReportPage').then((m) => m.UnitReportPage));

const BY_ROUTE: Partial<Record<Route['name'], { preload(): Promise<void> }>> = {
  unit: UnitPage,
  innovations: InnovationsPage,
  innovation: InnovationPage,
  board: StageBoardPage,
  sessions: SessionsPage,
  session: SessionPage,
  followUps: FollowUpsPage,
  targets: TargetsPage,
  settings: SettingsPage,
  users: UsersPage,
  conflicts: ConflictsPage,
  syncStatus: SyncStatusPage,
  dashboard: DashboardPage,
  sessionMinutes: SessionMinutesPage,
  unitReport: UnitReportPage,
};

/** Fetches the code of the page `route` shows (nothing for pages in the entry chunk). */
export function preloadRoute(route: Route): Promise<void> {
  return BY_ROUTE[route.name]?.preload() ?? Promise.resolve();
}
