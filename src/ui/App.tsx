import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { syncPathFromLocation, useUi } from '../state/ui-store';
import { Layout } from './Layout';
import { lazyPageOf, type PageProps } from './pages/lazy-pages';
import { NotFoundPage } from './pages/NotFoundPage';
import { UnitsPage } from './pages/UnitsPage';
import { type EntryRouteName, matchRoute, type Route } from './router';

/** The pages the entry ships (IN_ENTRY in router.ts's table): the first screen after login. */
const ENTRY_PAGES: Record<EntryRouteName, ComponentType<PageProps>> = { units: UnitsPage };

function Page({ route }: { route: Route }) {
  if (route.name === 'notFound') return <NotFoundPage />;
  const { name, ...params } = route;
  const Component = lazyPageOf(name) ?? ENTRY_PAGES[name as EntryRouteName];
  return <Component {...params} />;
}

export function App() {
  const path = useUi((s) => s.path);
  useEffect(() => {
    window.addEventListener('popstate', syncPathFromLocation);
    return () => window.removeEventListener('popstate', syncPathFromLocation);
  }, []);
  const route = matchRoute(path);
  return (
    <Layout route={route}>
      {/* key: a new record id mounts a fresh form, so one record's draft never leaks into another */}
      <Page key={path.split('?')[0]} route={route} />
    </Layout>
  );
}
