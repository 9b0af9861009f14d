import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { useSync } from '../../src/state/sync-status';
import { AT, aConflict, anInnovation, aPatch, aUnit, pulled, pulledInnovation } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { descriptionOf, emptyStateTitles, textOf } from '../helpers/screen';

const syncNow = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('../../src/sync/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/sync/client')>()),
  syncNow,
}));

const USER = { id: 'x', username: 'fasilitator1', role: 'facilitator' as const, unitIds: [], active: true };

const rowOf = (name: string) => {
  const row = screen.getByRole('link', { name }).closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};
/** What the record's sync marker in the units list says (its accessible name), or null for none. */
const markerOf = (name: string) =>
  rowOf(name).queryByTestId('sync-marker')?.getAttribute('aria-label') ?? null;

beforeEach(() => {
  syncNow.mockClear();
  useSync.setState({ state: 'idle', lastSyncedAt: null, progress: null, lastError: null, user: null });
});

describe('sync page', () => {
  it('lists what waits to be sent, newest first, by table and record name', async () => {
    const innovationId = await anInnovation(await aUnit('Dinas Kesehatan'), 'SIGAP Stunting');
    await db.outbox.toCollection().modify({ sent: true }); // so the next patch gets its own row
    await updateRecord('innovations', innovationId, { tujuan: 'Menurunkan stunting' });
    renderApp('/sync');
    const pending = await screen.findByTestId('sync-pending');
    const items = within(pending).getAllByTestId('pending-item');
    expect(items).toHaveLength(8); // unit, innovation, five stages, one patch
    expect(items[0]?.textContent).toContain('Inovasi');
    expect(items[0]?.textContent).toContain('SIGAP Stunting');
    expect(items[0]?.textContent).toContain('Diubah · Isian: Tujuan inovasi');
    expect(items[1]?.textContent).toContain('Tahap 5DDisplay · SIGAP Stunting');
    expect(items[7]?.textContent).toContain('Dinas Kesehatan');
    expect(items[7]?.textContent).toContain('Dibuat');
    expect(screen.getByTestId('sync-pending-count').textContent).toBe('8 perubahan');
    expect(screen.getByTestId('sync-state').textContent).toBe('Ada perubahan yang menunggu dikirim');
  });

  it('shows empty states when nothing waits and nothing was refused', async () => {
    renderApp('/sync');
    await waitFor(() =>
      expect(emptyStateTitles()).toEqual([
        'Tidak ada perubahan yang ditolak', // the refused changes come first on the page
        'Semua perubahan sudah terkirim',
      ]),
    );
    expect(screen.getByTestId('sync-conflicts-link').textContent).toBe('Tidak ada konflik');
  });

  it('lists refused changes with translated reasons and field errors', async () => {
    await pulledInnovation();
    await db.deadLetters.add({
      entry: aPatch('units', 'u1', { contactPerson: 'Bu Ani' }),
      error: 'forbidden',
      at: AT,
    });
    await db.deadLetters.add({
      entry: aPatch('innovations', 'i1', { name: '', trialDate: '2026-13-01' }),
      error: 'invalid',
      details: [
        { field: 'name', code: 'required' },
        { field: 'trialDate', code: 'invalidDate' },
      ],
      at: AT,
    });
    await db.deadLetters.add({
      entry: aPatch('innovations', 'i1', { hasil: 'x' }),
      error: 'not-found',
      at: AT,
    });
    await db.deadLetters.add({ entry: aPatch('innovations', 'i1', { haki: 'y' }), error: 'weird', at: AT });
    renderApp('/sync');
    const list = await screen.findByTestId('sync-rejected-list');
    const items = within(list).getAllByTestId('rejected-item');
    expect(items).toHaveLength(4);
    const [other, notFound, invalid, forbidden] = items.map(textOf);
    expect(forbidden).toContain('Anda tidak punya akses ke unit ini.');
    expect(
      within(items[3] as HTMLElement)
        .getByRole('link', { name: 'Dinas Kesehatan' })
        .getAttribute('href'),
    ).toBe('/units/u1');
    expect(forbidden).toContain('Diubah · Isian: Narahubung');
    expect(invalid).toContain('Server menganggap isiannya tidak valid:');
    expect(
      within(items[2] as HTMLElement)
        .getAllByRole('listitem')
        .map(textOf),
    ).toEqual(['Nama inovasi: Wajib diisi.', 'Waktu uji coba: Tanggal tidak valid.']);
    expect(notFound).toMatch(/tidak ada di server/);
    expect(other).toContain('Server menolak perubahan ini (weird).');
    expect(textOf(within(list).getByRole('heading', { level: 2 }))).toBe('Perubahan yang ditolak server (4)');
  });

  it('discards a refused change only when asked, with undo', async () => {
    await pulled('units', 'u1', 1, newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    await db.deadLetters.add({
      entry: aPatch('units', 'u1', { contactPerson: 'Bu Ani' }),
      error: 'forbidden',
      at: AT,
    });
    renderApp('/sync');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Buang perubahan yang ditolak: Unit Dinas Kesehatan' }),
    );
    await waitFor(() => expect(emptyStateTitles()).toContain('Tidak ada perubahan yang ditolak'));
    expect(await db.deadLetters.count()).toBe(0);
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Perubahan yang ditolak dibuang.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('rejected-item').map(textOf)).toEqual([
        expect.stringContaining('Anda tidak punya akses ke unit ini.'),
      ]),
    );
    expect((await db.deadLetters.toArray())[0]).toMatchObject({
      error: 'forbidden',
      entry: { recordId: 'u1' },
    });
  });

  it('syncs on request only when logged in and not already syncing', async () => {
    renderApp('/sync');
    const button = (await screen.findByRole('button', { name: 'Sinkronkan sekarang' })) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(descriptionOf(button)).toBe('Masuk dengan akun Anda untuk menyinkronkan.');
    useSync.setState({ user: USER, lastSyncedAt: new Date(), state: 'idle' });
    await waitFor(() => expect(button.disabled).toBe(false));
    const status = within(await screen.findByTestId('sync-status'));
    expect(textOf(status.getByText('Akun').nextElementSibling)).toBe('fasilitator1');
    expect(status.getByTestId('sync-state').textContent).toBe('Tersinkron');
    fireEvent.click(button);
    expect(syncNow).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(button.disabled).toBe(false));
    useSync.setState({ state: 'syncing' });
    await waitFor(() => expect(button.disabled).toBe(true));
    useSync.setState({ state: 'offline', lastError: 'network' });
    await waitFor(() =>
      expect([...screen.getByTestId('sync-state').childNodes].map(textOf)).toEqual([
        'Luring: perubahan dikirim otomatis saat koneksi kembali',
        'Penyebab: tidak ada koneksi ke server.',
      ]),
    );
  });

  it('links to the conflicts screen with the unresolved count', async () => {
    await aConflict({ id: 'c1', table: 'units', recordId: 'u1', field: 'name', losingValue: 'B' });
    renderApp('/sync');
    const link = await screen.findByTestId('sync-conflicts-link');
    await waitFor(() => expect(link.textContent).toBe('1 konflik perlu ditinjau'));
    expect(link.getAttribute('href')).toBe('/conflicts');
  });
});

describe('per-record sync markers', () => {
  it('shows synced, pending, refused and conflict, and nothing for a record never synced', async () => {
    const unit = (name: string) => newUnitFields({ name, kind: 'opd' });
    await pulled('units', 'a', 3, unit('A Tersinkron'));
    await pulled('units', 'c', 4, unit('C Ditolak'));
    await pulled('units', 'd', 5, unit('D Konflik'));
    await db.deadLetters.add({ entry: aPatch('units', 'c', { name: 'X' }), error: 'forbidden', at: AT });
    await aConflict({
      id: 'k1',
      table: 'units',
      recordId: 'd',
      unitId: 'd',
      field: 'name',
      losingValue: 'D',
    });
    await aUnit('E Lokal');
    await db.outbox.clear(); // as if its create had been refused and discarded: version 0, nothing waits
    await aUnit('B Menunggu');
    renderApp('/units');
    await screen.findByRole('link', { name: 'B Menunggu' });
    await waitFor(() => expect(markerOf('A Tersinkron')).toBe('Status sinkron: tersinkron'));
    expect(markerOf('B Menunggu')).toBe('Status sinkron: belum tersinkron ke server');
    const refused = rowOf('C Ditolak').getByRole('link', { name: /perubahan ditolak server/ });
    expect(refused.getAttribute('href')).toBe('/sync');
    expect(refused.textContent).toBe('Ditolak server');
    const conflict = rowOf('D Konflik').getByRole('link', { name: /ada konflik/ });
    expect(conflict.getAttribute('href')).toBe('/conflicts');
    expect(markerOf('E Lokal')).toBeNull();
    // …but its place is held (invisible), so a marker that comes and goes never moves the badges.
    const held = screen.getByRole('link', { name: 'E Lokal' }).closest('li')?.querySelector('.sync-marker');
    expect(held?.classList.contains('sync-marker--placeholder')).toBe(true);
    expect(held?.getAttribute('aria-hidden')).toBe('true');

    // The marker follows the data: once the conflict is resolved the unit shows as synced.
    await db.conflicts.update('k1', { resolved: true });
    await waitFor(() => expect(markerOf('D Konflik')).toBe('Status sinkron: tersinkron'));
  });

  it('shows the marker next to the save status on the innovation page', async () => {
    await pulledInnovation();
    renderApp('/innovations/i1');
    const marker = () => screen.getByTestId('sync-marker').getAttribute('aria-label');
    await waitFor(() => expect(marker()).toBe('Status sinkron: tersinkron'));
    await updateRecord('innovations', 'i1', { tujuan: 'Baru' });
    await waitFor(() => expect(marker()).toBe('Status sinkron: belum tersinkron ke server'));
  });
});
