import { useSync } from '../state/sync-status';
import { App } from './App';
import { LoginPage } from './pages/lazy-pages';

/**
 * The gate: the first use needs an account (and so a connection); afterwards the stored session
 * opens the app offline. An expired session never blocks the app: the header asks to log in again.
 */
export function Root() {
  const user = useSync((s) => s.user);
  if (user === null) return null; // reading the stored session: a few milliseconds
  if (user === 'none') return <LoginPage />;
  return <App />;
}
