/**
 * The app's routes: one table, from which the URL matcher, the path builders, the pages App shows
 * (pages/lazy-pages.ts) and the highlighted nav section (Layout) are all derived. Paths are real
 * URLs (not hashes) so links can be shared and the service worker can answer any of them with the
 * app shell.
 *
 * A page is named by its loader, `import()`: every page is its own chunk, fetched the first time
 * its route opens, so the first screen's JavaScript stays small (test/bench/size-check.ts). This
 * module must never import a page statically: pages import it for their links.
 */
import type { ComponentType } from 'preact';

/**
 * The page ships in the entry chunk, as the first screen after login: App takes it from its
 * ENTRY_PAGES, since the table cannot import it (the page imports this module for its links).
 */
export const IN_ENTRY = 'in-entry';

/** The nav link a route highlights (Layout). */
export type NavSection =
  | 'units'
  | 'innovations'
  | 'sessions'
  | 'followUps'
  | 'dashboard'
  | 'targets'
  | 'settings'
  | 'users';

/** The name of a path's parameter: `'/units/:id/report'` → `'id'`; `never` without one. */
type ParamOf<P extends string> = P extends `${string}/:${infer Name}/${string}`
  ? Name
  : P extends `${string}/:${infer Name}`
    ? Name
    : never;
/** What a path's page is given: `{ id: string }` for `/units/:id`, nothing for `/units`. */
export type ParamsOf<P extends string> = { [K in ParamOf<P>]: string };

export type PageLoader<Props> = () => Promise<ComponentType<Props>>;

interface RouteSpec<P extends string = string, Page = PageLoader<never> | typeof IN_ENTRY> {
  /** Literal segments and at most one `:param` segment, e.g. `/units/:id/report`. */
  path: P;
  page: Page;
  nav?: NavSection;
  /** Another path that opens this route (`/` opens the units list). */
  alias?: string;
}

/**
 * One row of the table: its path, the nav section it highlights (null: none), its page, and
 * another path that opens it. The types make a page's props agree with its path's parameter.
 */
function route<const P extends string, const Page extends PageLoader<ParamsOf<P>> | typeof IN_ENTRY>(
  path: P,
  nav: NavSection | null,
  page: Page,
  alias?: string,
): RouteSpec<P, Page> {
  return { path, page, nav: nav ?? undefined, alias };
}

/**
 * Matched in this order, first match wins: a literal path (`/sessions/new`) goes before the
 * parameter it would otherwise match (`/sessions/:id`). A new route is one entry here.
 */
export const ROUTES = {
  units: route('/units', 'units', IN_ENTRY, '/'),
  unit: route('/units/:id', 'units', () => import('./pages/UnitPage').then((m) => m.UnitPage)),
  unitReport: route('/units/:id/report', 'units', () =>
    import('./pages/UnitReportPage').then((m) => m.UnitReportPage),
  ),
  innovations: route('/innovations', 'innovations', () =>
    import('./pages/InnovationsPage').then((m) => m.InnovationsPage),
  ),
  innovation: route('/innovations/:id', 'innovations', () =>
    import('./pages/InnovationPage').then((m) => m.InnovationPage),
  ),
  board: route('/innovations/:id/board', 'innovations', () =>
    import('./pages/StageBoardPage').then((m) => m.StageBoardPage),
  ),
  sessions: route('/sessions', 'sessions', () => import('./pages/SessionsPage').then((m) => m.SessionsPage)),
  session: route('/sessions/:id', 'sessions', () => import('./pages/SessionPage').then((m) => m.SessionPage)),
  sessionMinutes: route('/sessions/:id/minutes', 'sessions', () =>
    import('./pages/SessionMinutesPage').then((m) => m.SessionMinutesPage),
  ),
  followUps: route('/follow-ups', 'followUps', () =>
    import('./pages/FollowUpsPage').then((m) => m.FollowUpsPage),
  ),
  dashboard: route('/dashboard', 'dashboard', () =>
    import('./pages/DashboardPage').then((m) => m.DashboardPage),
  ),
  // Targets are set from the dashboard's target card.
  targets: route('/targets', 'targets', () => import('./pages/TargetsPage').then((m) => m.TargetsPage)),
  settings: route('/settings', 'settings', () => import('./pages/SettingsPage').then((m) => m.SettingsPage)),
  users: route('/users', 'users', () => import('./pages/UsersPage').then((m) => m.UsersPage)),
  conflicts: route('/conflicts', null, () => import('./pages/ConflictsPage').then((m) => m.ConflictsPage)),
  syncStatus: route('/sync', null, () => import('./pages/SyncStatusPage').then((m) => m.SyncStatusPage)),
};

type Routes = typeof ROUTES;
export type RouteName = keyof Routes;
type PathOf<N extends RouteName> = Routes[N]['path'];

export type Route = { [N in RouteName]: { name: N } & ParamsOf<PathOf<N>> }[RouteName] | { name: 'notFound' };

/** The routes whose page is in the entry chunk (App's ENTRY_PAGES). */
export type EntryRouteName = {
  [N in RouteName]: Routes[N]['page'] extends typeof IN_ENTRY ? N : never;
}[RouteName];

const PARAM = /:(\w+)/;

const MATCHERS = (Object.keys(ROUTES) as RouteName[]).map((name) => {
  const { path, alias } = ROUTES[name] as RouteSpec;
  const param = PARAM.exec(path)?.[1];
  // A path with a parameter matches exactly; one without also with a trailing slash.
  const re = new RegExp(`^${path.replace(PARAM, '([\\w-]+)')}${param ? '' : '/?'}$`);
  return { name, param, re, alias };
});

export function matchRoute(path: string): Route {
  const pathname = path.split('?')[0] ?? '/';
  for (const { name, param, re, alias } of MATCHERS) {
    const m = pathname === alias ? [pathname] : re.exec(pathname);
    if (!m) continue;
    return (param ? { name, [param]: m[1] ?? '' } : { name }) as Route;
  }
  return { name: 'notFound' };
}

export function queryParam(path: string, name: string): string | null {
  const q = path.split('?')[1];
  return q ? new URLSearchParams(q).get(name) : null;
}

/** The nav section a route belongs to, if any. */
export function navSectionOf(route: Route): NavSection | undefined {
  return route.name === 'notFound' ? undefined : (ROUTES[route.name] as RouteSpec).nav;
}

type PathBuilder<P extends string> = [ParamOf<P>] extends [never] ? () => string : (param: string) => string;

/** `paths.unit(id)` → `/units/<id>`: every link in the app is built here. */
export const paths = Object.fromEntries(
  (Object.keys(ROUTES) as RouteName[]).map((name) => {
    const { path } = ROUTES[name] as RouteSpec;
    return [name, (param?: string) => (param === undefined ? path : path.replace(PARAM, param))];
  }),
) as { [N in RouteName]: PathBuilder<PathOf<N>> };
