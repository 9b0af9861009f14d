import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord, updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newInnovationFields } from '../../src/domain/innovation';
import type { StageKey } from '../../src/domain/stages';
import { newUnitFields, type UnitFields } from '../../src/domain/unit';
import { setLang, useUi } from '../../src/state/ui-store';
import { listHref, parseListQuery } from '../../src/ui/components/innovations-list/list-url';
import { renderApp } from '../helpers/render-app';
import { emptyStateBody, emptyStateTitles, pageTitle, textOf } from '../helpers/screen';

/** A list row's facts as read: 5D stage, IID profile, last change. */
const facts = (row: Element | null) =>
  [...(row?.querySelectorAll('.innovation-row__facts > *') ?? [])].map(textOf);

const addUnit = (partial: Partial<UnitFields> & Pick<UnitFields, 'name' | 'kind'>) =>
  createRecord('units', newUnitFields(partial));
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
/** Select an option. Not fireEvent.change: with preact/compat loaded it fires `input`, which selects ignore. */
const choose = (el: HTMLElement, value: string) => {
  (el as HTMLSelectElement).value = value;
  fireEvent(el, new Event('change', { bubbles: true }));
};
const path = () => useUi.getState().path;
const names = () =>
  screen.getAllByTestId('innovation-row').map((r) => within(r).getAllByRole('link')[0]?.textContent);
const count = () => screen.getByTestId('innovation-count').textContent;

/** Many innovations at once, straight into the table: this file tests reading, not the write path. */
async function bulkInnovations(unitId: string, n: number, stage: (i: number) => StageKey = () => 'drumUp') {
  await db.innovations.bulkAdd(
    Array.from({ length: n }, (_, i) => ({
      ...newInnovationFields({ unitId, name: `Inovasi ${String(i + 1).padStart(3, '0')}` }),
      currentStage: stage(i),
      id: `inv-${String(i + 1).padStart(3, '0')}`,
      createdAt: '2026-03-05T12:00:00.000Z',
      updatedAt: '2026-03-05T12:00:00.000Z',
      deleted: false,
      version: 0,
    })),
  );
}

describe('innovations list', () => {
  it('says where innovations come from when there are none', async () => {
    await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    renderApp('/innovations');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada inovasi']));
    expect(emptyStateBody('Belum ada inovasi')).toMatch(/ditambahkan dari halaman unit/);
    expect(screen.getByRole('link', { name: 'Ke daftar unit' }).getAttribute('href')).toBe('/units');
    expect(screen.queryByLabelText('Cari inovasi')).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Inovasi' }).getAttribute('aria-current')).toBe('page');
  });

  it('lists live innovations with unit, 5D stage, profile and last change, and searches them', async () => {
    const dinkes = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const kel = await addUnit({ name: 'Kelurahan Melati', kind: 'kelurahan' });
    const gone = await addUnit({ name: 'Dinas Dihapus', kind: 'opd' });
    const sehat = await createInnovation({ unitId: dinkes, name: 'Si Sehat' });
    await updateRecord('innovations', sehat, { currentStage: 'design', jenis: 'digital' });
    await createInnovation({ unitId: kel, name: 'Posyandu Digital' });
    await deleteRecord('innovations', await createInnovation({ unitId: dinkes, name: 'Terhapus' }));
    await createInnovation({ unitId: gone, name: 'Milik unit terhapus' });
    await deleteRecord('units', gone);

    renderApp('/innovations');
    const link = await screen.findByRole('link', { name: 'Si Sehat' });
    expect(link.getAttribute('href')).toBe(`/innovations/${sehat}`);
    expect(names()).toEqual(['Posyandu Digital', 'Si Sehat']);
    expect(count()).toBe('Menampilkan 2 dari 2 inovasi');
    const row = within(link.closest('li') as HTMLElement);
    expect(row.getByRole('link', { name: 'Dinas Kesehatan' }).getAttribute('href')).toBe(`/units/${dinkes}`);
    const [stage, profile, updated] = facts(link.closest('li'));
    expect(stage).toBe('5D: Design');
    // Name and jenis: 2 of the 10 IID checks.
    expect(profile).toBe('Profil 20%');
    expect(updated).toMatch(/^Diubah \d{1,2} \w{3} \d{4}$/);

    type(screen.getByLabelText('Cari inovasi'), 'MELATI');
    expect(names()).toEqual(['Posyandu Digital']);
    expect(count()).toBe('Menampilkan 1 dari 2 inovasi');
    expect(path()).toBe('/innovations?q=MELATI');
    type(screen.getByLabelText('Cari inovasi'), 'sehat');
    expect(names()).toEqual(['Si Sehat']);
  });

  it('filters by 5D stage, offers to clear filters when nothing matches, and keeps filters in the URL', async () => {
    const dinkes = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const kel = await addUnit({ name: 'Kelurahan Melati', kind: 'kelurahan' });
    const design = await createInnovation({ unitId: dinkes, name: 'Antrean Daring' });
    await updateRecord('innovations', design, { currentStage: 'design' });
    await createInnovation({ unitId: kel, name: 'Posyandu Digital' });
    renderApp('/innovations');
    await screen.findByRole('link', { name: 'Antrean Daring' });

    choose(screen.getByLabelText('Tahap 5D'), 'design');
    expect(names()).toEqual(['Antrean Daring']);
    expect(path()).toBe('/innovations?stage=design');
    choose(screen.getByLabelText('Jenis unit'), 'kelurahan');
    expect(path()).toBe('/innovations?stage=design&kind=kelurahan');
    expect(emptyStateTitles()).toEqual(['Tidak ada inovasi yang cocok']);
    expect(screen.queryByTestId('innovation-row')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    expect(names()).toEqual(['Antrean Daring', 'Posyandu Digital']);
    expect(path()).toBe('/innovations');
    expect((screen.getByLabelText('Tahap 5D') as HTMLSelectElement).value).toBe('');
  });

  it('opens with the filters of its URL and narrows the unit choices to the chosen kind', async () => {
    const dinkes = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const kel = await addUnit({ name: 'Kelurahan Melati', kind: 'kelurahan' });
    await createInnovation({ unitId: dinkes, name: 'Si Sehat' });
    await createInnovation({ unitId: dinkes, name: 'Antrean Sehat' });
    await createInnovation({ unitId: kel, name: 'Kampung Sehat' });
    renderApp(`/innovations?q=sehat&unit=${dinkes}&sort=unit`);
    await screen.findByRole('link', { name: 'Si Sehat' });
    expect(names()).toEqual(['Antrean Sehat', 'Si Sehat']);
    expect((screen.getByLabelText('Cari inovasi') as HTMLInputElement).value).toBe('sehat');
    expect((screen.getByLabelText('Urutkan') as HTMLSelectElement).value).toBe('unit');

    // Kelurahan: the chosen unit (an OPD) is dropped, and only kelurahan units are offered.
    choose(screen.getByLabelText('Jenis unit'), 'kelurahan');
    const unitSelect = screen.getByLabelText('Unit') as HTMLSelectElement;
    expect(unitSelect.value).toBe('');
    expect([...unitSelect.options].map((o) => o.text)).toEqual(['Semua', 'Kelurahan Melati']);
    expect(names()).toEqual(['Kampung Sehat']);
  });

  it('renders the first 100 matches and adds 100 more on request', async () => {
    const unitId = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    await bulkInnovations(unitId, 250, (i) => (i % 2 === 0 ? 'design' : 'deliver'));
    renderApp('/innovations');
    await screen.findByRole('link', { name: 'Inovasi 001' });
    expect(screen.getAllByTestId('innovation-row')).toHaveLength(100);
    expect(count()).toBe('Menampilkan 250 dari 250 inovasi');
    expect(textOf(screen.getByRole('button', { name: 'Tampilkan 100 lagi' }).previousElementSibling)).toBe(
      '100 dari 250 hasil ditampilkan',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan 100 lagi' }));
    expect(screen.getAllByTestId('innovation-row')).toHaveLength(200);
    // Focus moves to the first new row, so keyboard users continue where the list grew.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Inovasi 101'));
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan 50 lagi' }));
    expect(names()).toHaveLength(250);
    expect(names().at(-1)).toBe('Inovasi 250');
    expect(screen.queryByRole('button', { name: /^Tampilkan/ })).toBeNull();

    // A new filter starts again from the first page: 125 design innovations, 100 shown.
    choose(screen.getByLabelText('Tahap 5D'), 'design');
    expect(screen.getAllByTestId('innovation-row')).toHaveLength(100);
    expect(count()).toBe('Menampilkan 125 dari 250 inovasi');
    expect(textOf(screen.getByRole('button', { name: /^Tampilkan/ }))).toBe('Tampilkan 25 lagi');
  });

  it('shows a complete IID profile as complete, and filters on it', async () => {
    const unitId = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const full = await createInnovation({ unitId, name: 'Si Sehat' });
    await updateRecord('innovations', full, {
      tahapan: 'inisiatif',
      inisiator: 'asn',
      jenis: 'digital',
      bentuk: 'pelayananPublik',
      urusan: 'Kesehatan',
      rancangBangun: Array.from({ length: 300 }, () => 'layanan').join(' '),
      tujuan: 'Memangkas antrean',
      manfaat: 'Pasien menunggu lebih singkat',
      hasil: 'Waktu tunggu turun',
    });
    await createInnovation({ unitId, name: 'Draf Baru' });
    renderApp('/innovations?profile=complete');
    await screen.findByRole('link', { name: 'Si Sehat' });
    expect(names()).toEqual(['Si Sehat']);
    expect(facts(screen.getByTestId('innovation-row'))[1]).toBe('Profil lengkap');
    choose(screen.getByLabelText('Profil IID'), 'incomplete');
    expect(names()).toEqual(['Draf Baru']);
  });

  it('speaks English', async () => {
    const unitId = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    await createInnovation({ unitId, name: 'Si Sehat' });
    await setLang('en');
    renderApp('/innovations');
    await screen.findByRole('link', { name: 'Si Sehat' });
    expect(pageTitle()).toBe('Innovations');
    expect(count()).toBe('Showing 1 of 1 innovation');
    expect(facts(screen.getByTestId('innovation-row'))[0]).toBe('5D: Drum up');
    expect((screen.getByLabelText('Search innovations') as HTMLInputElement).type).toBe('search');
  });
});

describe('innovations list URL', () => {
  it('round-trips filters and sort, leaves defaults out and ignores unknown values', () => {
    const query = parseListQuery(
      new URLSearchParams('q=pos&stage=design&kind=opd&unit=u1&profile=complete&sort=updated'),
    );
    expect(query).toEqual({
      filter: { search: 'pos', stage: 'design', kind: 'opd', unitId: 'u1', profile: 'complete' },
      sort: 'updated',
    });
    expect(parseListQuery(new URLSearchParams(listHref(query).split('?')[1]))).toEqual(query);
    const lax = parseListQuery(new URLSearchParams('stage=nope&kind=x&profile=y&sort=z'));
    expect(lax).toEqual(parseListQuery(new URLSearchParams('')));
    expect(listHref(lax)).toBe('/innovations');
  });
});
