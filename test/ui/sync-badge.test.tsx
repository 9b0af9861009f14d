import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/schema';
import { getSession } from '../../src/db/session-store';
import { useSync } from '../../src/state/sync-status';
import { useUi } from '../../src/state/ui-store';
import { aConflict, aUnit, pulledInnovation } from '../helpers/builders';
import { loggedInAs, SITI, setSync } from '../helpers/login';
import { renderApp } from '../helpers/render-app';

const AT_10_42 = new Date(2026, 4, 12, 10, 42);

const addUnits = async (n: number) => {
  for (let i = 0; i < n; i++) await aUnit(`Unit ${i}`);
};

const badge = () => screen.getByTestId('sync-badge');
const badgeState = () => badge().closest('.sync-status')?.getAttribute('data-state');

beforeEach(() => setSync({}));
afterEach(() => vi.unstubAllGlobals());

describe('header sync badge', () => {
  it('counts unsynced changes from the outbox, live, with the last sync time', async () => {
    setSync({ lastSyncedAt: AT_10_42 });
    renderApp('/settings');
    await waitFor(() => expect(badge().textContent).toContain('Tersinkron'));
    expect(badge().textContent).toContain('terakhir sinkron 10.42');
    await addUnits(3);
    await waitFor(() => expect(badge().textContent).toContain('3 belum tersinkron'));
    expect(badgeState()).toBe('pending');
    expect(badge().getAttribute('title')).toBe('3 perubahan belum tersinkron · terakhir sinkron 10.42');
    await db.outbox.clear();
    await waitFor(() => expect(badgeState()).toBe('synced'));
  });

  it('shows every runner state', async () => {
    await addUnits(2);
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toContain('2 belum tersinkron'));

    setSync({ state: 'syncing' });
    await waitFor(() => expect(badge().textContent).toBe('Menyinkronkan…'));
    expect(badgeState()).toBe('syncing');
    expect(screen.queryByTestId('sync-progress')).toBeNull();

    setSync({ state: 'syncing', progress: { phase: 'pull', done: 250, total: 1000 } });
    await waitFor(() => expect(badge().textContent).toBe('Menyinkronkan… 25%'));
    const bar = screen.getByTestId('sync-progress');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-label')).toBe('Sinkronisasi 25%');

    setSync({ state: 'offline', lastError: 'network' });
    await waitFor(() => expect(badge().textContent).toContain('Luring · 2 menunggu'));
    expect(screen.queryByTestId('sync-progress')).toBeNull();

    setSync({ state: 'error', lastError: 'internal' });
    await waitFor(() => expect(badge().textContent).toContain('Sinkron gagal · 2 menunggu'));
    expect(badge().textContent).toContain('dicoba lagi otomatis');

    setSync({ state: 'needsLogin', sessionExpired: true });
    await waitFor(() => expect(badgeState()).toBe('needsLogin'));
    expect(badge().tagName).toBe('BUTTON');
    expect(badge().textContent).toBe('Masuk lagi untuk sinkron');
    // The relogin banner is its own chunk: it arrives just after the badge changes.
    const password = await screen.findByLabelText('Kata sandi');
    fireEvent.click(badge());
    expect(document.activeElement).toBe(password);
  });

  it('says "waiting" before the first sync and "Luring" with nothing queued', async () => {
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toBe('Menunggu sinkron'));
    setSync({ state: 'offline' });
    await waitFor(() => expect(badge().textContent).toBe('Luring'));
  });

  it('opens the sync page when clicked', async () => {
    renderApp('/units');
    fireEvent.click(await screen.findByTestId('sync-badge'));
    expect(useUi.getState().path).toBe('/sync');
  });

  it('counts changes the server rejected', async () => {
    renderApp('/units');
    await screen.findByTestId('sync-badge');
    expect(screen.queryByTestId('sync-rejected')).toBeNull();
    const entry = {
      id: 'm1',
      table: 'units' as const,
      recordId: 'r1',
      op: 'patch' as const,
      fields: { name: 'X' },
      baseVersion: 1,
      hlc: '0',
      createdAt: '2026-05-12T00:00:00.000Z',
    };
    await db.deadLetters.bulkAdd([
      { entry, error: 'forbidden', at: '2026-05-12T00:00:00.000Z' },
      { entry: { ...entry, id: 'm2' }, error: 'invalid', at: '2026-05-12T00:00:00.000Z' },
    ]);
    const rejected = await screen.findByTestId('sync-rejected');
    expect(rejected.textContent).toBe('2 ditolak');
    expect(rejected.getAttribute('href')).toBe('/sync');
  });

  it('never says "Tersinkron" while a conflict is open: it counts them and leads to the conflicts page', async () => {
    setSync({ lastSyncedAt: AT_10_42 });
    await pulledInnovation();
    renderApp('/units');
    await waitFor(() => expect(badge().textContent).toContain('Tersinkron'));
    await aConflict({ id: 'c1', field: 'name', losingValue: 'Nama dari perangkat ini' });
    await waitFor(() => expect(badge().textContent).toContain('1 konflik'));
    expect(badge().textContent).not.toContain('Tersinkron');
    expect(badgeState()).toBe('conflict');
    expect(badge().getAttribute('href')).toBe('/conflicts');
    expect(badge().getAttribute('title')).toBe(
      '1 konflik perlu ditinjau: lihat perubahan yang kalah · terakhir sinkron 10.42',
    );
    expect(screen.queryByTestId('sync-conflicts')).toBeNull();

    // With changes waiting, the badge counts those and the conflicts get a badge of their own.
    await addUnits(1);
    await waitFor(() => expect(badge().textContent).toContain('1 belum tersinkron'));
    const chip = await screen.findByTestId('sync-conflicts');
    expect(chip.textContent).toBe('1 konflik');
    expect(chip.getAttribute('href')).toBe('/conflicts');

    await db.conflicts.update('c1', { resolved: true });
    await waitFor(() => expect(screen.queryByTestId('sync-conflicts')).toBeNull());
    await db.outbox.clear();
    await waitFor(() => expect(badgeState()).toBe('synced'));
  });

  it('shows the users link to coordinators only', async () => {
    renderApp('/units');
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Pengguna' }).getAttribute('href')).toBe('/users');
    setSync({ user: SITI });
    await waitFor(() => expect(within(nav).queryByRole('link', { name: 'Pengguna' })).toBeNull());
    expect(within(nav).getByRole('link', { name: 'Unit' }).getAttribute('href')).toBe('/units');
  });
});

describe('account menu', () => {
  function stubLogout() {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        calls.push(String(input));
        return Response.json({ ok: true });
      }),
    );
    return calls;
  }

  beforeEach(async () => {
    await loggedInAs(SITI);
  });

  it('shows the account and logs out at once when nothing is unsent', async () => {
    const calls = stubLogout();
    renderApp('/units');
    const button = await screen.findByTestId('account-button');
    expect(button.textContent).toContain('siti');
    expect(screen.getByRole('button', { name: /^Akun\s*siti\s*Fasilitator$/ })).toBe(button);
    fireEvent.click(button);
    fireEvent.click(
      within(await screen.findByTestId('account-panel')).getByRole('button', { name: 'Keluar' }),
    );
    await waitFor(() => expect(useSync.getState().user).toBe('none'));
    expect(calls).toEqual(['/api/auth/logout']);
    expect(await getSession(db)).toBeNull();
  });

  it('asks before logging out when changes are unsent, and can be cancelled', async () => {
    const calls = stubLogout();
    await addUnits(2);
    renderApp('/units');
    fireEvent.click(await screen.findByTestId('account-button'));
    const panel = await screen.findByTestId('account-panel');
    await waitFor(() => expect(panel.textContent).toContain('Keluar menghapus data dari perangkat ini'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Keluar' }));
    const confirm = await screen.findByTestId('logout-confirm');
    expect(confirm.textContent).toContain(
      '2 perubahan di perangkat ini belum terkirim ke server. Jika Anda keluar sekarang, perubahan itu hilang dari perangkat ini.',
    );
    fireEvent.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByTestId('logout-confirm')).toBeNull();
    expect(calls).toEqual([]);
    expect(useSync.getState().user).toEqual(SITI);

    fireEvent.click(
      within(await screen.findByTestId('account-panel')).getByRole('button', { name: 'Keluar' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Tetap keluar' }));
    await waitFor(() => expect(useSync.getState().user).toBe('none'));
    expect(calls).toEqual(['/api/auth/logout']);
    expect(await db.units.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('closes with Escape', async () => {
    renderApp('/units');
    fireEvent.click(await screen.findByTestId('account-button'));
    expect(screen.getByTestId('account-button').getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('account-panel')).toBeNull());
  });
});
