import { render } from 'preact';
import { recoverDrafts, setJournalAccount } from './db/draft-journal';
import { db } from './db/schema';
import { getSession } from './db/session-store';
import { watchStorage } from './db/storage-health';
import { loadLang } from './i18n';
import { setStoredSession, useSync } from './state/sync-status';
import { setLangForThisVisit, useUi } from './state/ui-store';
import { APP_VERSION } from './sw/version';
import { startSync } from './sync/client';
import { LoginPage, preloadRoute } from './ui/pages/lazy-pages';
import { Root } from './ui/Root';
import { matchRoute } from './ui/router';
import './ui/styles.css';

document.documentElement.lang = useUi.getState().lang;
document.documentElement.dataset.version = APP_VERSION;
// Before the first query opens the database: quota errors, lost connection, newer version elsewhere.
watchStorage(db);
// The first screen's code and words are fetched while IndexedDB is read below, and awaited
// before the first render, so it never flashes "Memuat…" or Indonesian: the page the URL opens
// (its own chunk unless it is the units list, with the rest of the messages) and English when
// that is the stored choice (Indonesian for the first screen ships in the entry). See
// ui/router.ts, ui/pages/lazy-pages.ts and i18n/index.ts. A page that cannot be fetched shows its own "try
// again" once rendered; English that cannot be fetched leaves the app in Indonesian.
const firstScreen: Promise<unknown>[] = [
  preloadRoute(matchRoute(useUi.getState().path)).catch(() => undefined),
];
if (useUi.getState().lang === 'en') {
  firstScreen.push(
    loadLang('en').catch((err: unknown) => {
      console.error(err);
      setLangForThisVisit('id');
    }),
  );
}
// Words typed just before the previous page closed (db/draft-journal.ts) land before anything
// renders, and before sync starts, so they join the outbox of this start's first push; only the
// logged-in account's words, and only ones no later write has replaced.
const account = (await getSession(db).catch(() => null))?.user.id ?? null;
setJournalAccount(account);
await recoverDrafts(db, account).catch(() => 0);
try {
  // Reads the stored session (IndexedDB) and starts syncing when there is one.
  await startSync();
} catch (err) {
  // Storage unavailable (private mode, quota): show the login page rather than nothing.
  console.error(err);
  setStoredSession(null);
}
if (useSync.getState().user === 'none') firstScreen.push(LoginPage.preload().catch(() => undefined));
await Promise.all(firstScreen);
const root = document.getElementById('app');
if (root) render(<Root />, root);
// After the first screen, each its own chunk: the service worker (workbox-window is loaded on
// demand) and, once the device holds real work, a request to keep the data for good.
void import('./sw/bridge').then((m) => m.registerServiceWorker());
void import('./db/storage-persist').then((m) => m.watchForRealData(db));
