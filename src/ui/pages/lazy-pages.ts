/**
 * Each page of the route table (ui/router.ts) as a component that fetches its own chunk the first
 * time it renders (ui/lazy-page.tsx); the units list ships in the entry instead (App.tsx). The
 * login page is split too, though not a route: a signed-in start, the common case, never needs it.
 */
import { type LazyPage, lazyPage } from '../lazy-page';
import {
  type EntryRouteName,
  IN_ENTRY,
  type PageLoader,
  ROUTES,
  type Route,
  type RouteName,
} from '../router';

// Only the first screen's messages (i18n/id/core.ts): a first start fetches no more than it shows.
export const LoginPage = lazyPage(() => import('./LoginPage').then((m) => m.LoginPage), {
  allMessages: false,
});

/** The props a page of the table receives: its path's parameter, if it has one. */
export type PageProps = Partial<Record<string, string>>;

type LazyRouteName = Exclude<RouteName, EntryRouteName>;

const LAZY_PAGES = Object.fromEntries(
  (Object.keys(ROUTES) as RouteName[]).flatMap((name) => {
    const { page } = ROUTES[name];
    return page === IN_ENTRY ? [] : [[name, lazyPage(page as PageLoader<PageProps>)]];
  }),
) as Record<LazyRouteName, LazyPage<PageProps>>;

/** The page of a route not in the entry; undefined for one that is. */
export function lazyPageOf(name: RouteName): LazyPage<PageProps> | undefined {
  return (LAZY_PAGES as Partial<Record<RouteName, LazyPage<PageProps>>>)[name];
}

/** Fetches the code of the page `route` shows (nothing for pages in the entry chunk). */
export function preloadRoute(route: Route): Promise<void> {
  if (route.name === 'notFound') return Promise.resolve();
  return lazyPageOf(route.name)?.preload() ?? Promise.resolve();
}
