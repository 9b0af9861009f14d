import { render } from 'preact';
import { recoverDrafts } from './db/draft-journal';
import { useSync } from './state/sync-status';
import { useUi } from './state/ui-store';
import { startSync } from './sync/client';
import { Root } from './ui/Root';
import './ui/styles.css';

document.documentElement.lang = useUi.getState().lang;
// Words typed just before the previous page closed (db/draft-journal.ts) land before anything
// renders, and before sync starts, so they join the outbox of this start's first push.
await recoverDrafts().catch(() => 0);
try {
  // Reads the stored session (IndexedDB) and starts syncing when there is one.
  await startSync();
} catch (err) {
  // Storage unavailable (private mode, quota): show the login page rather than nothing.
  console.error(err);
  useSync.setState({ user: 'none' });
}
const root = document.getElementById('app');
if (root) render(<Root />, root);
