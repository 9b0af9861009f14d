import { render } from 'preact';
import { recoverDrafts } from './db/draft-journal';
import { db } from './db/schema';
import { useSync } from './state/sync-status';
import { useUi } from './state/ui-store';
import { registerServiceWorker } from './sw/bridge';
import { APP_VERSION } from './sw/version';
import { startSync } from './sync/client';
import { watchStorage } from './ui/components/pwa/storage-health';
import { watchForRealData } from './ui/components/pwa/storage-persist';
import { Root } from './ui/Root';
import './ui/styles.css';

document.documentElement.lang = useUi.getState().lang;
document.documentElement.dataset.version = APP_VERSION;
// Before the first query opens the database: quota errors, lost connection, newer version elsewhere.
watchStorage(db);
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
// After the first screen: the service worker (workbox-window is loaded on demand) and, once the
// device holds real work, a request to keep the data for good.
registerServiceWorker();
watchForRealData(db);
