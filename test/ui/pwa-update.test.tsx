/** The update banner and the "ready offline" notice, with the service-worker bridge mocked. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { usePwa } from '../../src/state/pwa-status';
import { OfflineReadyNotice } from '../../src/ui/components/pwa/OfflineReadyNotice';
import { UpdateBanner } from '../../src/ui/components/pwa/UpdateBanner';
import { descriptionOf, textOf } from '../helpers/screen';

const bridge = vi.hoisted(() => ({ applyUpdate: vi.fn(), dismissOfflineReady: vi.fn() }));
const sync = vi.hoisted(() => ({ syncNow: vi.fn(async () => undefined) }));
vi.mock('../../src/sw/bridge', () => bridge);
vi.mock('../../src/sync/client', () => sync);

beforeEach(() => {
  bridge.applyUpdate.mockReset();
  bridge.dismissOfflineReady.mockReset();
  sync.syncNow.mockReset();
  sync.syncNow.mockResolvedValue(undefined);
  usePwa.setState({ updateReady: false, updating: false, offlineReady: false });
});

async function addUnits(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await createRecord('units', newUnitFields({ name: `Unit ${i}`, kind: 'opd' }));
}

describe('update banner', () => {
  it('shows nothing while no new version waits', () => {
    render(<UpdateBanner />);
    expect(screen.queryByText('Versi baru tersedia')).toBeNull();
  });

  it('switches at the first press when nothing waits to be synced', async () => {
    usePwa.setState({ updateReady: true });
    render(<UpdateBanner />);
    expect(textOf(within(screen.getByTestId('update-banner')).getByRole('heading'))).toBe(
      'Versi baru tersedia',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(bridge.applyUpdate).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId('update-confirm')).toBeNull();
  });

  it('with unsynced changes, explains first and switches only after a second confirmation', async () => {
    await addUnits(2);
    usePwa.setState({ updateReady: true });
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    const confirm = await screen.findByTestId('update-confirm');
    await waitFor(() =>
      expect(textOf(within(confirm).getByRole('heading'))).toBe('2 perubahan belum tersinkron'),
    );
    expect(confirm.textContent).toContain(
      'tetap tersimpan di perangkat ini dan akan tersinkron setelah pembaruan',
    );
    expect(bridge.applyUpdate).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Tetap muat ulang' }));
    expect(bridge.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('"Later" goes back without switching', async () => {
    await addUnits(1);
    usePwa.setState({ updateReady: true });
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nanti' }));
    expect(((await screen.findByRole('button', { name: 'Muat ulang' })) as HTMLButtonElement).disabled).toBe(
      false,
    );
    expect(screen.queryByTestId('update-confirm')).toBeNull();
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
  });

  it('"Sync first" syncs; once the outbox is empty the banner says it is safe to reload', async () => {
    await addUnits(1);
    sync.syncNow.mockImplementation(async () => {
      await db.outbox.clear(); // what a successful push does
    });
    usePwa.setState({ updateReady: true });
    render(<UpdateBanner />);
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sinkronkan dulu' }));
    const confirm = screen.getByTestId('update-confirm');
    await waitFor(() =>
      expect(descriptionOf(confirm)).toBe('Semua perubahan sudah tersinkron. Aman untuk memuat ulang.'),
    );
    expect(sync.syncNow).toHaveBeenCalledTimes(1);
    expect(bridge.applyUpdate).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(bridge.applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('says the new version is loading once confirmed, and cannot be pressed twice', () => {
    usePwa.setState({ updateReady: true, updating: true });
    render(<UpdateBanner />);
    expect(textOf(screen.getByTestId('update-banner').querySelector('.pwa-banner__body'))).toBe(
      'Memuat versi baru…',
    );
    expect((screen.getByRole('button', { name: 'Muat ulang' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ready-offline notice', () => {
  it('appears when the shell is cached and goes away when dismissed', () => {
    const { rerender } = render(<OfflineReadyNotice />);
    expect(screen.queryByText('Siap dipakai tanpa sinyal')).toBeNull();
    usePwa.setState({ offlineReady: true });
    rerender(<OfflineReadyNotice />);
    expect(screen.getAllByRole('heading').map(textOf)).toEqual(['Siap dipakai tanpa sinyal']);
    fireEvent.click(screen.getByRole('button', { name: 'Mengerti' }));
    expect(bridge.dismissOfflineReady).toHaveBeenCalledTimes(1);
  });
});
