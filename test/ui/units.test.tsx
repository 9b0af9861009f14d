import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { type ActionItemFields, newActionItemFields } from '../../src/domain/action-item';
import { formatDateEntry } from '../../src/domain/date-entry';
import { localToday } from '../../src/domain/dates';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields, type UnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, fieldError, pageTitle, textOf } from '../helpers/screen';

const addUnit = (partial: Partial<UnitFields> & Pick<UnitFields, 'name' | 'kind'>) =>
  createRecord('units', newUnitFields(partial));
const addFollowUp = (unitId: string, text: string, extra: Partial<ActionItemFields> = {}) =>
  createRecord('actionItems', newActionItemFields({ unitId, text, ...extra }));
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
/** Select an option. Not fireEvent.change: with preact/compat loaded it fires `input`, which selects ignore. */
const choose = (el: HTMLElement, value: string) => {
  (el as HTMLSelectElement).value = value;
  fireEvent(el, new Event('change', { bubbles: true }));
};
const path = () => useUi.getState().path;
const rowOf = (name: string) => {
  const row = screen.getByRole('link', { name }).closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};
const rowText = (name: string) => textOf(screen.getByRole('link', { name }).closest('li'));

describe('units list', () => {
  it('creates a unit through the panel and opens its page', async () => {
    renderApp('/units');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada unit']));
    expect(screen.getByRole('link', { name: 'Muat data contoh di Pengaturan' }).getAttribute('href')).toBe(
      '/settings',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah unit' }));
    const group = (await screen.findByLabelText('Kelompok kompetisi')) as HTMLSelectElement;
    expect(group.value).toBe('1');
    choose(screen.getByLabelText('Jenis unit'), 'kelurahan');
    expect(group.value).toBe('2'); // follows the kind until the user picks a group
    type(screen.getByLabelText('Nama unit'), '  Kelurahan Sukamaju ');
    type(screen.getByLabelText('Instansi induk'), 'Kecamatan Barat');
    type(screen.getByLabelText('Narahubung'), 'Pak Budi');
    type(screen.getByLabelText('Nomor telepon'), '0812 3456 7890');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan unit' }));

    await waitFor(() => expect(pageTitle()).toBe('Kelurahan Sukamaju'));
    const [stored] = await db.units.toArray();
    expect(stored).toMatchObject({
      name: 'Kelurahan Sukamaju',
      kind: 'kelurahan',
      group: 2,
      parentAgency: 'Kecamatan Barat',
      contactPerson: 'Pak Budi',
      contactPhone: '0812 3456 7890',
      deleted: false,
    });
    expect(path()).toBe(`/units/${stored?.id}`);
  });

  it('keeps a group the user picked when the kind changes', async () => {
    renderApp('/units');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah unit' }));
    const group = (await screen.findByLabelText('Kelompok kompetisi')) as HTMLSelectElement;
    choose(group, '2');
    choose(screen.getByLabelText('Jenis unit'), 'bumd');
    expect(group.value).toBe('2');
  });

  it('shows the required-name error and stores nothing', async () => {
    renderApp('/units');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah unit' }));
    type(screen.getByLabelText('Nama unit'), '   ');
    type(screen.getByLabelText('Nomor telepon'), 'abc');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan unit' }));
    await waitFor(() => expect(fieldError('Nama unit')).toBe('Wajib diisi.'));
    expect(fieldError('Nomor telepon')).toBe('Angka tidak valid.');
    expect(await db.units.count()).toBe(0);
    expect(path()).toBe('/units');
  });

  it('narrows the list by search and by kind, and clears filters when nothing matches', async () => {
    await addUnit({ name: 'Dinas Kesehatan', kind: 'opd', contactPerson: 'Bu Ratna' });
    await addUnit({ name: 'UPT Puskesmas Cempaka', kind: 'uptPuskesmas' });
    await addUnit({ name: 'Kelurahan Melati', kind: 'kelurahan' });
    renderApp('/units');
    await screen.findByRole('link', { name: 'Dinas Kesehatan' });
    const names = () =>
      screen.getAllByTestId('unit-row').map((r) => within(r).getAllByRole('link')[0]?.textContent);
    expect(names()).toEqual(['Dinas Kesehatan', 'Kelurahan Melati', 'UPT Puskesmas Cempaka']);

    type(screen.getByLabelText('Cari unit'), 'RATNA');
    expect(names()).toEqual(['Dinas Kesehatan']);
    type(screen.getByLabelText('Cari unit'), '');
    choose(screen.getByLabelText('Jenis'), 'kelurahan');
    expect(names()).toEqual(['Kelurahan Melati']);
    choose(screen.getByLabelText('Kelompok'), '1');
    expect(emptyStateTitles()).toEqual(['Tidak ada unit yang cocok']);
    fireEvent.click(screen.getByRole('button', { name: 'Hapus filter' }));
    expect(names()).toHaveLength(3);
  });

  it('shows innovation and open follow-up counts with overdue ones', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    await addUnit({ name: 'Dinas Sosial', kind: 'opd' });
    await createInnovation({ unitId: id, name: 'Si Sehat' });
    await createInnovation({ unitId: id, name: 'Posyandu Digital' });
    await addFollowUp(id, 'Kirim SK', { dueDate: '2020-01-01' });
    await addFollowUp(id, 'Susun SOP');
    await addFollowUp(id, 'Selesai', { status: 'done', doneDate: '2020-01-02' });
    renderApp('/units');
    await screen.findByRole('link', { name: 'Dinas Kesehatan' });
    const row = rowText('Dinas Kesehatan');
    expect(row).toContain('2 inovasi');
    expect(row).toContain('2 tindak lanjut terbuka');
    expect(row).toContain('1 terlambat');
    const other = rowText('Dinas Sosial');
    expect(other).toContain('0 inovasi');
    expect(other).not.toContain('terlambat');
  });
});

describe('unit page', () => {
  it('says so when the unit does not exist', async () => {
    renderApp('/units/0190a0a0-0000-7000-8000-000000000000');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Unit tidak ditemukan']));
    expect(screen.getByRole('link', { name: 'Kembali ke daftar unit' }).getAttribute('href')).toBe('/units');
  });

  it('deletes a unit and brings it back with undo', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    renderApp(`/units/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Hapus unit' }));
    await waitFor(() => expect(textOf(screen.queryByTestId('toast'))).toContain('Dinas Kesehatan dihapus.'));
    expect(path()).toBe('/units');
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada unit']));
    expect((await db.units.get(id))?.deleted).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect((await screen.findByRole('link', { name: 'Dinas Kesehatan' })).getAttribute('href')).toBe(
      `/units/${id}`,
    );
    expect((await db.units.get(id))?.deleted).toBe(false);
  });

  it('autosaves an edited name', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    renderApp(`/units/${id}`);
    const name = await screen.findByLabelText('Nama unit');
    type(name, 'Dinas Kesehatan Kota');
    await waitFor(() => expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('saved'));
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan Kota');
    await waitFor(() => expect(pageTitle()).toBe('Dinas Kesehatan Kota'));
  });

  it('refuses an empty name while editing and keeps the stored one', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    renderApp(`/units/${id}`);
    type(await screen.findByLabelText('Nama unit'), ' ');
    await waitFor(() => expect(fieldError('Nama unit')).toBe('Wajib diisi.'));
    expect(screen.getByTestId('save-status').getAttribute('data-state')).toBe('invalid');
    expect((await db.units.get(id))?.name).toBe('Dinas Kesehatan');
  });

  it('lists innovations with stage, tahapan and board link', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const inv = await createInnovation({ unitId: id, name: 'Si Sehat' });
    await updateRecord('innovations', inv, { currentStage: 'design', tahapan: 'ujiCoba' });
    renderApp(`/units/${id}`);
    const link = await screen.findByRole('link', { name: 'Si Sehat' });
    expect(link.getAttribute('href')).toBe(`/innovations/${inv}`);
    const row = rowOf('Si Sehat');
    expect(rowText('Si Sehat')).toContain('Tahap 5D: Design');
    expect(rowText('Si Sehat')).toContain('Tahapan IID: Uji coba');
    expect(row.getByRole('link', { name: 'Papan 5D' }).getAttribute('href')).toBe(
      `/innovations/${inv}/board`,
    );
    expect(row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
  });

  it('adds an innovation with its five stages and opens the editor', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    renderApp(`/units/${id}`);
    await waitFor(() => expect(emptyStateTitles()).toContain('Belum ada inovasi'));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah inovasi' }));
    await waitFor(() => expect(fieldError('Nama inovasi baru')).toBe('Wajib diisi.'));
    expect(await db.innovations.count()).toBe(0);

    type(screen.getByLabelText('Nama inovasi baru'), 'Antrean Daring');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah inovasi' }));
    await waitFor(() => expect(path()).toMatch(/^\/innovations\/[\w-]+$/));
    const [innovation] = await db.innovations.toArray();
    expect(innovation).toMatchObject({ unitId: id, name: 'Antrean Daring' });
    expect(path()).toBe(`/innovations/${innovation?.id}`);
    expect(
      await db.stageProgress
        .where('innovationId')
        .equals(innovation?.id ?? '')
        .count(),
    ).toBe(5);
  });

  it('lists sessions newest first and starts a new one with my name', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const older = await createRecord(
      'mentoringSessions',
      newSessionFields({ unitId: id, date: '2026-01-05' }),
    );
    await createRecord(
      'mentoringSessions',
      newSessionFields({
        unitId: id,
        date: '2026-02-20',
        facilitators: ['Rina'],
        attendees: [{ id: 'a1', name: 'Ani', nip: '', position: '', role: '' }],
      }),
    );
    useUi.setState({ myName: 'Fasilitator Uji' });
    renderApp(`/units/${id}`);
    const section = within(await screen.findByRole('region', { name: 'Sesi pendampingan' }));
    const links = section.getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['20 Feb 2026', '5 Jan 2026']);
    expect(links[1]?.getAttribute('href')).toBe(`/sessions/${older}`);
    expect(textOf(links[0]?.closest('li'))).toContain('Rina · 1 peserta');

    fireEvent.click(screen.getByRole('button', { name: 'Sesi baru' }));
    await waitFor(() => expect(path()).toMatch(new RegExp(`^/sessions/[\\w-]+\\?new=${id}$`)));
    // The form opens with its defaults; the session is written on the first edit only.
    fireEvent.input(await screen.findByLabelText('Tempat'), { target: { value: 'Ruang rapat' } });
    await waitFor(() => expect(db.mentoringSessions.count()).resolves.toBe(3));
    const created = (await db.mentoringSessions.toArray()).find(
      (s) => s.facilitators[0] === 'Fasilitator Uji',
    );
    expect(created).toMatchObject({ unitId: id, date: localToday(), place: 'Ruang rapat' });
    expect(path()).toBe(`/sessions/${created?.id}?new=${id}`);
  });

  it('"Sesi baru" then leaving without an edit writes no session and no outbox row', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const outboxBefore = await db.outbox.count();
    renderApp(`/units/${id}`);
    const [newSession] = await screen.findAllByRole('button', { name: 'Sesi baru' });
    fireEvent.click(newSession as HTMLElement);
    const place = (await screen.findByLabelText('Tempat')) as HTMLInputElement;
    expect(place.value).toBe('');
    expect((screen.getByLabelText('Tanggal') as HTMLInputElement).value).toBe(formatDateEntry(localToday()));
    fireEvent.click(screen.getByRole('link', { name: 'Dinas Kesehatan' }));
    await waitFor(() => expect(path()).toBe(`/units/${id}`));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Dinas Kesehatan');
    expect(await db.mentoringSessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('marks an open follow-up done and undoes it', async () => {
    const id = await addUnit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const item = await addFollowUp(id, 'Kirim SK tim', { owner: 'Bu Ratna', dueDate: '2020-01-01' });
    renderApp(`/units/${id}`);
    const box = await screen.findByRole('checkbox', { name: 'Kirim SK tim' });
    const row = textOf(box.closest('li'));
    expect(row).toContain('Terlambat');
    expect(row).toContain('PJ: Bu Ratna');

    fireEvent.click(box);
    await waitFor(() => expect(emptyStateTitles()).toContain('Tidak ada tindak lanjut terbuka'));
    expect(await db.actionItems.get(item)).toMatchObject({ status: 'done', doneDate: localToday() });

    fireEvent.click(screen.getByRole('button', { name: 'Urungkan' }));
    expect(
      ((await screen.findByRole('checkbox', { name: 'Kirim SK tim' })) as HTMLInputElement).checked,
    ).toBe(false);
    expect(await db.actionItems.get(item)).toMatchObject({ status: 'open', doneDate: '' });
  });
});
