/**
 * The badge turns "Luring" the moment the browser says the connection is gone, not after the next
 * request fails (that took over 5 s, with a green "Tersinkron" meanwhile), and back on `online`.
 */
import { act, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownSyncState, watchBrowserConnection } from '../../src/state/sync-status';
import { setLang } from '../../src/state/ui-store';
import { setSync } from '../helpers/login';
import { renderApp } from '../helpers/render-app';

const AT_10_42 = new Date(2026, 4, 12, 10, 42);
const badge = () => screen.getByTestId('sync-badge');
const badgeState = () => badge().closest('.sync-status')?.getAttribute('data-state');

function goOffline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event('offline'));
  });
}
function goOnline(): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

let unwatch: () => void = () => undefined;
beforeEach(() => {
  setSync({ lastSyncedAt: AT_10_42 });
  unwatch = watchBrowserConnection();
});
afterEach(async () => {
  unwatch();
  vi.restoreAllMocks();
  await setLang('id');
});

describe('sync badge and the browser connection', () => {
  it('says "Luring" in the same frame as the offline event, and "Tersinkron" again when online', async () => {
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toContain('Tersinkron'));
    goOffline();
    // No waitFor: the text must already have changed when the event returns.
    expect(badge().textContent).toContain('Luring');
    expect(badge().textContent).not.toContain('Tersinkron');
    expect(badgeState()).toBe('offline');
    expect(badge().textContent).toContain('terakhir sinkron 10.42');
    goOnline();
    expect(badge().textContent).toContain('Tersinkron');
    expect(badgeState()).toBe('synced');
  });

  it('reads navigator.onLine at start: a page opened offline never shows green', async () => {
    unwatch();
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    unwatch = watchBrowserConnection();
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toContain('Luring'));
  });

  it('says "Offline" in English', async () => {
    await setLang('en');
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toContain('Synced'));
    goOffline();
    expect(badge().textContent).toContain('Offline');
  });

  it('the sync page says "Luring" too', async () => {
    renderApp('/sync');
    await screen.findByTestId('sync-status');
    goOffline();
    await waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toContain(
        'Luring: perubahan dikirim otomatis saat koneksi kembali',
      ),
    );
  });

  it('an expired login still comes first: it needs a person, going online does not fix it', () => {
    expect(shownSyncState({ state: 'needsLogin', browserOnline: false })).toBe('needsLogin');
    expect(shownSyncState({ state: 'syncing', browserOnline: false })).toBe('offline');
    expect(shownSyncState({ state: 'idle', browserOnline: true })).toBe('idle');
    expect(shownSyncState({ state: 'offline', browserOnline: true })).toBe('offline');
  });
});
