import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { forgetDevice } from '../../src/db/device';
import { db } from '../../src/db/schema';
import { loadLang } from '../../src/i18n';
import { useUi } from '../../src/state/ui-store';

// findBy*/waitFor give up after 1 s by default: on a 2-core CI machine running the whole suite, an
// IndexedDB round trip plus a redraw has taken longer (stage-board, settings, backup flaked, passing
// alone). A longer wait changes nothing for a test that passes, and a broken one still fails.
configure({ asyncUtilTimeout: 5000 });

// All messages of both languages, as the app has them once a page's code has loaded (the entry
// carries only the first screen's Indonesian ones; ui/lazy-page.tsx loads the rest with a page).
// Tests render components without that loader; test/i18n/ checks the loading itself.
beforeAll(() => Promise.all([loadLang('id'), loadLang('en')]));

// Every test starts from an empty database and default UI state.
beforeEach(async () => {
  await db.delete();
  forgetDevice(db);
  await db.open();
  globalThis.localStorage?.clear(); // absent in tests that run in the node environment
  useUi.setState({ lang: 'id', myName: '', path: '/', toast: null });
});

afterEach(() => {
  cleanup();
});

// Preact schedules after-paint work with requestAnimationFrame; let it run before jsdom goes away.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
