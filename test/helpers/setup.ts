import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { forgetDevice } from '../../src/db/device';
import { db } from '../../src/db/schema';
import { useUi } from '../../src/state/ui-store';

// Every test starts from an empty database and default UI state.
beforeEach(async () => {
  await db.delete();
  forgetDevice(db);
  await db.open();
  localStorage.clear();
  useUi.setState({ lang: 'id', myName: '', path: '/', toast: null });
});

afterEach(() => {
  cleanup();
});

// Preact schedules after-paint work with requestAnimationFrame; let it run before jsdom goes away.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
