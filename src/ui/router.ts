/**
 * The app's routes, matched in order. Paths are real URLs (not hashes) so links can be shared
 * and the service worker can answer any of them with the app shell.
 */
export type Route =
  | { name: 'units' }
  | { name: 'unit'; id: string }
  | { name: 'innovations' }
  | { name: 'innovation'; id: string }
  | { name: 'board'; id: string }
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'followUps' }
  | { name: 'targets' }
  | { name: 'settings' }
  | { name: 'users' }
  | { name: 'conflicts' }
  | { name: 'syncStatus' }
  | { name: 'dashboard' }
  | { name: 'sessionMinutes'; id: string }
  | { name: 'unitReport'; id: string }
  | { name: 'notFound' };

const patterns: [RegExp, (m: RegExpExecArray) => Route][] = [
  [/^\/(?:units)?\/?$/, () => ({ name: 'units' })],
  [/^\/units\/([\w-]+)$/, (m) => ({ name: 'unit', id: m[1] ?? '' })],
  [/^\/innovations\/?$/, () => ({ name: 'innovations' })],
  [/^\/innovations\/([\w-]+)$/, (m) => ({ name: 'innovation', id: m[1] ?? '' })],
  [/^\/innovations\/([\w-]+)\/board$/, (m) => ({ name: 'board', id: m[1] ?? '' })],
  [/^\/sessions\/?$/, () => ({ name: 'sessions' })],
  [/^\/sessions\/([\w-]+)$/, (m) => ({ name: 'session', id: m[1] ?? '' })],
  [/^\/follow-ups\/?$/, () => ({ name: 'followUps' })],
  [/^\/targets\/?$/, () => ({ name: 'targets' })],
  [/^\/settings\/?$/, () => ({ name: 'settings' })],
  [/^\/users\/?$/, () => ({ name: 'users' })],
  [/^\/conflicts\/?$/, () => ({ name: 'conflicts' })],
  [/^\/sync\/?$/, () => ({ name: 'syncStatus' })],
  [/^\/dashboard\/?$/, () => ({ name: 'dashboard' })],
  [/^\/sessions\/([\w-]+)\/minutes$/, (m) => ({ name: 'sessionMinutes', id: m[1] ?? '' })],
  [/^\/units\/([\w-]+)\/report$/, (m) => ({ name: 'unitReport', id: m[1] ?? '' })],
];

export function matchRoute(path: string): Route {
  const pathname = path.split('?')[0] ?? '/';
  for (const [re, make] of patterns) {
    const m = re.exec(pathname);
    if (m) return make(m);
  }
  return { name: 'notFound' };
}

export function queryParam(path: string, name: string): string | null {
  const q = path.split('?')[1];
  return q ? new URLSearchParams(q).get(name) : null;
}

export const paths = {
  units: () => '/units',
  unit: (id: string) => `/units/${id}`,
  innovations: () => '/innovations',
  innovation: (id: string) => `/innovations/${id}`,
  board: (id: string) => `/innovations/${id}/board`,
  sessions: () => '/sessions',
  session: (id: string) => `/sessions/${id}`,
  followUps: () => '/follow-ups',
  targets: () => '/targets',
  settings: () => '/settings',
  users: () => '/users',
  conflicts: () => '/conflicts',
  syncStatus: () => '/sync',
  dashboard: () => '/dashboard',
  sessionMinutes: (id: string) => `/sessions/${id}/minutes`,
  unitReport: (id: string) => `/units/${id}/report`,
};
