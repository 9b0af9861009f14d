import { useEffect } from 'preact/hooks';
import { syncPathFromLocation, useUi } from '../state/ui-store';
import { Layout } from './Layout';
import {
  ConflictsPage,
  DashboardPage,
  FollowUpsPage,
  InnovationPage,
  InnovationsPage,
  SessionMinutesPage,
  SessionPage,
  SessionsPage,
  SettingsPage,
  StageBoardPage,
  SyncStatusPage,
  TargetsPage,
  UnitPage,
  UnitReportPage,
  UsersPage,
} from './pages/lazy-pages';
import { NotFoundPage } from './pages/NotFoundPage';
import { UnitsPage } from './pages/UnitsPage';
import { matchRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'units':
      return <UnitsPage />;
    case 'unit':
      return <UnitPage id={route.id} />;
    case 'innovations':
      return <InnovationsPage />;
    case 'innovation':
      return <InnovationPage id={route.id} />;
    case 'board':
      return <StageBoardPage id={route.id} />;
    case 'sessions':
      return <SessionsPage />;
    case 'session':
      return <SessionPage id={route.id} />;
    case 'followUps':
      return <FollowUpsPage />;
    case 'targets':
      return <TargetsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'users':
      return <UsersPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'syncStatus':
      return <SyncStatusPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'sessionMinutes':
      return <SessionMinutesPage id={route.id} />;
    case 'unitReport':
      return <UnitReportPage id={route.id} />;
    default:
      return <NotFoundPage />;
  }
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
