import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { localToday } from '../../src/domain/dates';
import { paths } from '../../src/ui/router';
import { aFollowUp, aSession, aUnit } from '../helpers/builders';
import { choose } from '../helpers/events';
import { renderApp } from '../helpers/render-app';
import { emptyStateBody, emptyStateTitles, textOf } from '../helpers/screen';

async function seed() {
  const dinkes = await aUnit('Dinas Kesehatan');
  const kelurahan = await aUnit('Kelurahan Siantan', { kind: 'kelurahan' });
  const gone = await aUnit('Unit Terhapus');
  const session = await aSession(dinkes, '2025-02-03');
  const ids = {
    late: await aFollowUp(dinkes, 'Unggah SK tim', {
      owner: 'Sari',
      dueDate: '2000-01-10',
      sessionId: session,
    }),
    far: await aFollowUp(dinkes, 'Rekam video inovasi', { owner: 'Budi', dueDate: '2999-01-01' }),
    noDue: await aFollowUp(kelurahan, 'Foto papan nama', { owner: 'Sari' }),
    soon: await aFollowUp(kelurahan, 'Isi profil IID', { owner: 'budi', dueDate: '2998-01-01' }),
    done: await aFollowUp(kelurahan, 'Sudah selesai', { status: 'done', doneDate: '2025-01-01' }),
    deleted: await aFollowUp(dinkes, 'Dihapus'),
    orphan: await aFollowUp(gone, 'Unitnya dihapus'),
  };
  await deleteRecord('actionItems', ids.deleted);
  await deleteRecord('units', gone);
  return { dinkes, kelurahan, session, ids };
}

const texts = () =>
  screen
    .queryAllByTestId('follow-up')
    .map((li) => within(li).getByRole('checkbox').closest('.check')?.textContent);

// Preact runs effects after paint (rAF raced with a 35 ms timer); let the last ones run before
// jsdom is torn down, or they throw "window is not defined" into the next file's report.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('follow-ups page', () => {
  it('says there is nothing open and where follow-ups come from', async () => {
    renderApp(paths.followUps());
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Tidak ada tindak lanjut terbuka']));
    expect(emptyStateBody('Tidak ada tindak lanjut terbuka')).toMatch(/dicatat di sesi pendampingan/);
    expect(screen.getByRole('link', { name: 'Ke daftar sesi' }).getAttribute('href')).toBe(paths.sessions());
  });

  it('lists open follow-ups, overdue first and marked, then by due date with no date last', async () => {
    const { session } = await seed();
    renderApp(paths.followUps());
    await waitFor(() => expect(texts()).toHaveLength(4));
    expect(texts()).toEqual(['Unggah SK tim', 'Isi profil IID', 'Rekam video inovasi', 'Foto papan nama']);
    const [first, ...rest] = screen.getAllByTestId('follow-up');
    expect(textOf(first)).toContain('Terlambat');
    for (const li of rest) expect(within(li).queryByText('Terlambat')).toBeNull();
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: /Sesi/ })
        .getAttribute('href'),
    ).toBe(paths.session(session));
    expect(textOf(screen.getByText(/ terbuka · /))).toBe('4 terbuka · 1 terlambat');
  });

  it('filters by unit, by owner (ignoring case) and by text', async () => {
    const { kelurahan } = await seed();
    renderApp(paths.followUps());
    await waitFor(() => expect(texts()).toHaveLength(4));
    choose(screen.getByLabelText('Unit'), kelurahan);
    await waitFor(() => expect(texts()).toEqual(['Isi profil IID', 'Foto papan nama']));
    choose(screen.getByLabelText('Unit'), '');
    choose(screen.getByLabelText('Penanggung jawab'), 'Budi');
    await waitFor(() => expect(texts()).toEqual(['Isi profil IID', 'Rekam video inovasi']));
    choose(screen.getByLabelText('Penanggung jawab'), '');
    fireEvent.input(screen.getByLabelText('Cari tindak lanjut'), { target: { value: 'foto' } });
    await waitFor(() => expect(texts()).toEqual(['Foto papan nama']));
    fireEvent.input(screen.getByLabelText('Cari tindak lanjut'), { target: { value: 'zzz' } });
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Tidak ada tindak lanjut yang cocok']));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    await waitFor(() => expect(texts()).toHaveLength(4));
  });

  it('marks one done: it leaves the open list, and undo brings it back', async () => {
    const { ids } = await seed();
    renderApp(paths.followUps());
    fireEvent.click(await screen.findByLabelText('Unggah SK tim'));
    await waitFor(() => expect(texts()).not.toContain('Unggah SK tim'));
    const stored = await db.actionItems.get(ids.late);
    expect(stored?.status).toBe('done');
    expect(stored?.doneDate).toBe(localToday());
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('“Unggah SK tim” ditandai selesai.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(() => expect(texts()).toContain('Unggah SK tim'));
    expect((await db.actionItems.get(ids.late))?.status).toBe('open');
    expect(texts()[0]).toBe('Unggah SK tim');
  });

  it('shows finished ones on request, after the open ones', async () => {
    await seed();
    renderApp(paths.followUps());
    await waitFor(() => expect(texts()).toHaveLength(4));
    fireEvent.click(screen.getByLabelText('Tampilkan yang selesai'));
    await waitFor(() => expect(texts()).toHaveLength(5));
    expect(texts()[4]).toBe('Sudah selesai');
    expect((screen.getByLabelText('Sudah selesai') as HTMLInputElement).checked).toBe(true);
  });
});
