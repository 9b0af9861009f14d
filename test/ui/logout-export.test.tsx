/**
 * Logging out with refused or unsent changes warns and offers to download them first (issue 12:
 * refused changes vanished with a logout), and words still in the draft journal are counted.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setJournalAccount } from '../../src/db/draft-journal';
import { journalPending } from '../../src/db/draft-journal-typing';
import { db } from '../../src/db/schema';
import { useSync } from '../../src/state/sync-status';
import { aUnit } from '../helpers/builders';
import { loggedInAs, SITI, setSync } from '../helpers/login';
import { renderApp } from '../helpers/render-app';

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../src/export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/export/download')>()),
  saveBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

beforeEach(async () => {
  setSync({});
  await loggedInAs(SITI);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json({ ok: true })),
  );
});
afterEach(() => {
  saved.length = 0;
  setJournalAccount(null);
  vi.unstubAllGlobals();
});

async function openLogout() {
  renderApp('/units');
  fireEvent.click(await screen.findByTestId('account-button'));
  fireEvent.click(within(await screen.findByTestId('account-panel')).getByRole('button', { name: 'Keluar' }));
  return screen.findByTestId('logout-confirm');
}

describe('logging out with changes that would be lost', () => {
  it('warns about refused changes and downloads them before logging out', async () => {
    const unitId = await aUnit('Dinas Ditolak');
    const [entry] = await db.outbox.toArray();
    if (!entry) throw new Error('no outbox entry');
    await db.outbox.clear();
    await db.deadLetters.add({ entry, error: 'forbidden', at: '2026-03-10T07:00:00.000Z' });

    const confirm = await openLogout();
    expect(confirm.textContent).toContain('1 perubahan ditolak server masih tersimpan di perangkat ini');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Unduh perubahan (JSON)' }));
    await screen.findByTestId('logout-exported');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^klinik-inovasi-perubahan-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readBlob(saved[0]?.blob as Blob));
    expect(file).toMatchObject({ format: 'klinik-inovasi-perubahan', account: 'siti', unsent: [] });
    expect(file.refused).toHaveLength(1);
    expect(file.refused[0]).toMatchObject({ error: 'forbidden', entry: { recordId: unitId } });
    expect(file.records[`units/${unitId}`]).toMatchObject({ name: 'Dinas Ditolak' });

    fireEvent.click(within(confirm).getByRole('button', { name: 'Tetap keluar' }));
    await waitFor(() => expect(useSync.getState().user).toBe('none'));
    expect(await db.deadLetters.count()).toBe(0);
  });

  it('counts words still in the draft journal as unsent, and exports them', async () => {
    const unitId = await aUnit('Dinas Sosial');
    await db.outbox.clear();
    setJournalAccount(SITI.id);
    journalPending('units', unitId, { contactPerson: 'Baru diketik' });
    const confirm = await openLogout();
    expect(confirm.textContent).toContain('1 perubahan di perangkat ini belum terkirim');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Unduh perubahan (JSON)' }));
    await screen.findByTestId('logout-exported');
    const file = JSON.parse(await readBlob(saved[0]?.blob as Blob));
    expect(file.unsent[0]).toMatchObject({ recordId: unitId, fields: { contactPerson: 'Baru diketik' } });
  });
});
