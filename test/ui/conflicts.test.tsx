import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/schema';
import { formatDate } from '../../src/i18n';
import { aConflict, aTrialDateConflict, pulledInnovation } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { emptyStateBody, emptyStateTitles, textOf } from '../helpers/screen';

/** The conflict card whose title names `field`. */
async function card(title: string) {
  const heading = await screen.findByRole('heading', { level: 3, name: title });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${title}`);
  return within(article);
}
const side = (c: ReturnType<typeof within>, which: 'current' | 'losing') =>
  within(c.getByTestId(`conflict-${which}`));
const sideText = (c: ReturnType<typeof within>, which: 'current' | 'losing') =>
  textOf(c.getByTestId(`conflict-${which}`));

describe('conflicts screen', () => {
  it('says what a conflict is when there is none', async () => {
    await pulledInnovation();
    await aConflict({ id: 'c0', field: 'hasil', losingValue: 'x', resolved: true });
    renderApp('/conflicts');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Tidak ada konflik']));
    expect(emptyStateBody('Tidak ada konflik')).toMatch(
      /diubah di dua perangkat sebelum keduanya tersinkron/,
    );
  });

  it('shows the record, the field label and both values readably', async () => {
    await pulledInnovation({ trialDate: '2026-03-01', tahapan: 'ujiCoba' });
    await aConflict({ id: 'c1', field: 'trialDate', winningValue: '2026-03-01', losingValue: '2026-02-15' });
    await aConflict({ id: 'c2', field: 'tahapan', winningValue: 'ujiCoba', losingValue: 'penerapan' });
    await aConflict({
      id: 'c3',
      field: 'team',
      winningValue: [],
      losingValue: [
        { id: 'm1', name: 'Budi Santoso', role: 'Ketua' },
        { id: 'm2', name: 'Sari', role: '' },
      ],
    });
    renderApp('/conflicts');
    const group = await screen.findByTestId('conflict-group');
    expect(textOf(within(group).getByRole('heading', { level: 2 }))).toBe('SIGAP Stunting');
    expect([...group.querySelectorAll('.conflict-group__what > *')].map(textOf)).toEqual([
      'Inovasi',
      'SIGAP Stunting',
      'Dinas Kesehatan',
    ]);
    expect(within(group).getByRole('link', { name: 'Buka data' }).getAttribute('href')).toBe(
      '/innovations/i1',
    );
    expect(textOf(screen.getByText(/konflik belum ditinjau/))).toMatch(/^3 konflik belum ditinjau/);

    const date = await card('“Waktu uji coba” diubah di dua perangkat');
    expect(sideText(date, 'current')).toContain(formatDate('id', '2026-03-01'));
    expect(sideText(date, 'losing')).toContain(formatDate('id', '2026-02-15'));
    expect(sideText(date, 'losing')).toContain('Dari perangkat …123456');

    const tahapan = await card('“Tahapan (IID)” diubah di dua perangkat');
    expect(sideText(tahapan, 'current')).toContain('Uji coba');
    expect(sideText(tahapan, 'losing')).toContain('Penerapan');

    const team = await card('“Tim inovasi” diubah di dua perangkat');
    expect(sideText(team, 'current')).toContain('(kosong)');
    expect(sideText(team, 'losing')).toContain('Budi Santoso — Ketua');
    expect(sideText(team, 'losing')).toContain('Sari');
    expect(sideText(team, 'losing')).not.toContain('Sari —'); // no role: no dash
  });

  it('keeps the losing value: record patched and conflict closed', async () => {
    await aTrialDateConflict();
    renderApp('/conflicts');
    const c = await card('“Waktu uji coba” diubah di dua perangkat');
    fireEvent.click(side(c, 'losing').getByRole('button', { name: 'Pakai nilai ini' }));
    await waitFor(async () => expect((await db.conflicts.get('c1'))?.resolved).toBe(true));
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-02-15');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Tidak ada konflik']));
    expect(screen.getByTestId('toast').textContent).toContain('Nilai yang kalah dipakai.');
  });

  it('keeps the current value: only the conflict is closed', async () => {
    await aTrialDateConflict();
    renderApp('/conflicts');
    const c = await card('“Waktu uji coba” diubah di dua perangkat');
    fireEvent.click(side(c, 'current').getByRole('button', { name: 'Pakai nilai ini' }));
    await waitFor(async () => expect((await db.conflicts.get('c1'))?.resolved).toBe(true));
    expect((await db.innovations.get('i1'))?.trialDate).toBe('2026-03-01');
  });

  it('restores a deleted record with the edit that met the delete', async () => {
    await pulledInnovation({ deleted: true });
    await aConflict({
      id: 'c1',
      kind: 'deleted',
      field: 'tujuan',
      winningValue: '',
      losingValue: 'Menurunkan stunting',
    });
    renderApp('/conflicts');
    const c = await card('“Tujuan inovasi” diubah, tetapi data ini dihapus di perangkat lain');
    const group = within(screen.getByTestId('conflict-group'));
    expect(textOf(group.getByRole('heading', { level: 2 }).previousElementSibling)).toBe('Terhapus');
    expect(group.queryByRole('link', { name: 'Buka data' })).toBeNull();
    expect(sideText(c, 'current')).toContain('Data ini sekarang terhapus.');
    expect(
      (side(c, 'current').getByRole('button', { name: 'Biarkan terhapus' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    fireEvent.click(side(c, 'losing').getByRole('button', { name: 'Pulihkan dengan nilai ini' }));
    await waitFor(async () => expect((await db.conflicts.get('c1'))?.resolved).toBe(true));
    expect(await db.innovations.get('i1')).toMatchObject({ deleted: false, tujuan: 'Menurunkan stunting' });
  });

  it('leaves a deleted record deleted when asked', async () => {
    await pulledInnovation({ deleted: true });
    await aConflict({ id: 'c1', kind: 'deleted', field: 'tujuan', winningValue: '', losingValue: 'X' });
    renderApp('/conflicts');
    const c = await card('“Tujuan inovasi” diubah, tetapi data ini dihapus di perangkat lain');
    fireEvent.click(side(c, 'current').getByRole('button', { name: 'Biarkan terhapus' }));
    await waitFor(async () => expect((await db.conflicts.get('c1'))?.resolved).toBe(true));
    expect((await db.innovations.get('i1'))?.deleted).toBe(true);
  });

  it('refuses a losing value that no longer validates, with the reason, and changes nothing', async () => {
    await pulledInnovation();
    await aConflict({ id: 'c1', field: 'name', winningValue: 'SIGAP Stunting', losingValue: '' });
    renderApp('/conflicts');
    const c = await card('“Nama inovasi” diubah di dua perangkat');
    fireEvent.click(side(c, 'losing').getByRole('button', { name: 'Pakai nilai ini' }));
    expect((await c.findByRole('alert')).textContent).toBe(
      'Nilai yang kalah tidak bisa dipakai lagi. Nama inovasi: Wajib diisi. Tidak ada yang diubah.',
    );
    expect((await db.conflicts.get('c1'))?.resolved).toBe(false);
    expect((await db.innovations.get('i1'))?.name).toBe('SIGAP Stunting');
    expect(await db.outbox.count()).toBe(0);
  });
});
