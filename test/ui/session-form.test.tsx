import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { newSessionDraft, startSession } from '../../src/db/commands/sessions';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newActionItemFields } from '../../src/domain/action-item';
import { localToday } from '../../src/domain/dates';
import { uuidv7 } from '../../src/domain/ids';
import { newUnitFields } from '../../src/domain/unit';
import { formatDate } from '../../src/i18n';
import { useUi } from '../../src/state/ui-store';
import { paths } from '../../src/ui/router';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, fieldError, pageTitle, textOf } from '../helpers/screen';

async function setup() {
  const unitId = await createRecord(
    'units',
    newUnitFields({ name: 'Puskesmas Sungai Raya', kind: 'uptPuskesmas' }),
  );
  const innovationId = await createInnovation({ unitId, name: 'Posyandu Digital' });
  const id = uuidv7();
  await startSession(id, newSessionDraft(unitId, 'Rina'));
  renderApp(paths.session(id));
  await screen.findByLabelText('Tempat');
  return { id, unitId, innovationId };
}

const stored = async (id: string) => {
  const session = await db.mentoringSessions.get(id);
  if (!session) throw new Error('session missing');
  return session;
};
const pageStatus = () => {
  const header = document.querySelector('.page-header');
  if (!(header instanceof HTMLElement)) throw new Error('no page header');
  return within(header).getByTestId('save-status');
};
/** Picks an option as a browser does: fireEvent.change becomes `input` under preact/compat. */
function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}
const attendee = (n: number) => within(screen.getByRole('group', { name: `Peserta ${n}` }));
const addForm = () => within(screen.getByRole('form', { name: 'Tindak lanjut baru' }));
const followUpsEmpty = () => textOf(document.querySelector('.session-followups__empty'));

// Preact runs effects after paint (rAF raced with a 35 ms timer); let the last ones run before
// jsdom is torn down, or they throw "window is not defined" into the next file's report.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('session form', () => {
  it('says so when the session does not exist', async () => {
    renderApp(paths.session('tidak-ada'));
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Sesi tidak ditemukan']));
  });

  it('shows the unit and date in the header and autosaves place and findings', async () => {
    const { id, unitId } = await setup();
    expect(pageTitle()).toBe('Sesi pendampingan');
    expect(screen.getByRole('link', { name: 'Puskesmas Sungai Raya' }).getAttribute('href')).toBe(
      paths.unit(unitId),
    );
    fireEvent.input(screen.getByLabelText('Tempat'), { target: { value: 'Aula Puskesmas' } });
    fireEvent.input(screen.getByLabelText('Temuan'), { target: { value: 'SK tim inovasi belum ada.' } });
    await waitFor(async () => expect((await stored(id)).findings).toBe('SK tim inovasi belum ada.'));
    expect((await stored(id)).place).toBe('Aula Puskesmas');
    await waitFor(() => expect(pageStatus().dataset.state).toBe('saved'));
  });

  it('keeps facilitators as chips: prefilled, added and removed', async () => {
    const { id } = await setup();
    expect(
      [...document.querySelectorAll('.session-chip')].map((chip) => chip.firstChild?.textContent),
    ).toEqual(['Rina']);
    fireEvent.input(screen.getByLabelText('Nama fasilitator'), { target: { value: 'Andi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah fasilitator' }));
    await waitFor(async () => expect((await stored(id)).facilitators).toEqual(['Rina', 'Andi']));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus Rina dari fasilitator' }));
    await waitFor(async () => expect((await stored(id)).facilitators).toEqual(['Andi']));
  });

  it('stores the innovation and 5D stage in focus, and refuses a next visit before the date', async () => {
    const { id, innovationId } = await setup();
    fireEvent.click(await screen.findByLabelText('Posyandu Digital'));
    choose(screen.getByLabelText('Fokus tahap 5D'), 'diagnose');
    await waitFor(async () => expect((await stored(id)).stageFocus).toBe('diagnose'));
    expect((await stored(id)).innovationIds).toEqual([innovationId]);
    fireEvent.input(screen.getByLabelText('Kunjungan berikutnya'), { target: { value: '2000-01-01' } });
    const date = formatDate('id', (await stored(id)).date);
    await waitFor(() =>
      expect(fieldError('Kunjungan berikutnya')).toBe(
        `Kunjungan berikutnya (1 Jan 2000) sebelum tanggal sesi (${date}).`,
      ),
    );
    expect((await stored(id)).nextVisitDate).toBe('');
  });

  it('stores two attendees with names and NIPs; a partial NIP is an error and is not stored', async () => {
    const { id } = await setup();
    expect(textOf(screen.getByText(/^Belum ada peserta/))).toBe(
      'Belum ada peserta. Tekan “Tambah peserta” untuk mengisi daftar hadir.',
    );
    fireEvent.click(screen.getByRole('button', { name: /Tambah peserta/ }));
    fireEvent.click(screen.getByRole('button', { name: /Tambah peserta/ }));
    fireEvent.input(attendee(1).getByLabelText('Nama'), { target: { value: 'Siti Aminah' } });
    fireEvent.input(attendee(1).getByLabelText('NIP'), { target: { value: '198501012010012001' } });
    fireEvent.input(attendee(1).getByLabelText('Jabatan'), { target: { value: 'Kepala Puskesmas' } });
    fireEvent.input(attendee(2).getByLabelText('Nama'), { target: { value: 'Joko' } });
    fireEvent.input(attendee(2).getByLabelText('NIP'), { target: { value: '1990' } });
    fireEvent.input(attendee(2).getByLabelText('Peran'), { target: { value: 'Anggota tim' } });
    expect(fieldError('NIP', attendee(2))).toBe(
      'NIP harus 18 digit (spasi boleh). Kosongkan bila bukan ASN.',
    );
    expect(fieldError('NIP', attendee(1))).toBeNull();
    expect(pageStatus().dataset.state).toBe('invalid');
    fireEvent.input(attendee(2).getByLabelText('NIP'), { target: { value: '' } });
    await waitFor(async () =>
      expect((await stored(id)).attendees.map((a) => a.role)).toEqual(['', 'Anggota tim']),
    );
    const rows = (await stored(id)).attendees;
    expect(rows.map((a) => [a.name, a.nip, a.position])).toEqual([
      ['Siti Aminah', '198501012010012001', 'Kepala Puskesmas'],
      ['Joko', '', ''],
    ]);
    expect(new Set(rows.map((a) => a.id)).size).toBe(2);
  });

  it('shows an error for a NIP with letters and never stores it', async () => {
    const { id } = await setup();
    fireEvent.click(screen.getByRole('button', { name: /Tambah peserta/ }));
    fireEvent.input(attendee(1).getByLabelText('Nama'), { target: { value: 'Budi' } });
    await waitFor(async () => expect((await stored(id)).attendees[0]?.name).toBe('Budi'));
    fireEvent.input(attendee(1).getByLabelText('NIP'), { target: { value: '1985abc' } });
    expect(fieldError('NIP', attendee(1))).toBe('NIP hanya berisi angka, paling banyak 18 digit.');
    expect(pageStatus().dataset.state).toBe('invalid');
    fireEvent.blur(screen.getByLabelText('Tempat'));
    await waitFor(() => expect(pageStatus().dataset.state).toBe('invalid'));
    expect((await stored(id)).attendees[0]?.nip).toBe('');
  });

  it('adds a follow-up inline, then marks it done', async () => {
    const { id, unitId, innovationId } = await setup();
    await waitFor(() =>
      expect(followUpsEmpty()).toBe('Belum ada tindak lanjut. Catat apa, siapa, dan kapan di atas.'),
    );
    fireEvent.click(addForm().getByRole('button', { name: /Tambah tindak lanjut/ }));
    expect(fieldError('Apa yang dilakukan', addForm())).toBe('Wajib diisi.');
    expect(await db.actionItems.count()).toBe(0);

    fireEvent.input(addForm().getByLabelText('Apa yang dilakukan'), {
      target: { value: 'Susun SK tim inovasi' },
    });
    fireEvent.input(addForm().getByLabelText('Penanggung jawab'), { target: { value: 'Siti' } });
    fireEvent.input(addForm().getByLabelText('Tenggat'), { target: { value: '2030-05-01' } });
    choose(await addForm().findByLabelText('Inovasi'), innovationId);
    fireEvent.click(addForm().getByRole('button', { name: /Tambah tindak lanjut/ }));
    const list = within(await screen.findByRole('list', { name: 'Tindak lanjut sesi ini' }));
    const items = await db.actionItems.where('sessionId').equals(id).toArray();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      text: 'Susun SK tim inovasi',
      owner: 'Siti',
      dueDate: '2030-05-01',
      unitId,
      sessionId: id,
      innovationId,
      status: 'open',
    });
    expect((addForm().getByLabelText('Apa yang dilakukan') as HTMLInputElement).value).toBe('');

    fireEvent.click(list.getByLabelText('Selesai'));
    await waitFor(async () => expect((await db.actionItems.get(items[0]?.id ?? ''))?.status).toBe('done'));
    expect((await db.actionItems.get(items[0]?.id ?? ''))?.doneDate).toBe(localToday());
    fireEvent.click(list.getByLabelText('Selesai'));
    await waitFor(async () => expect((await db.actionItems.get(items[0]?.id ?? ''))?.status).toBe('open'));
  });

  it('removes an attendee row, and undo puts it back in place', async () => {
    const { id } = await setup();
    fireEvent.click(screen.getByRole('button', { name: /Tambah peserta/ }));
    fireEvent.click(screen.getByRole('button', { name: /Tambah peserta/ }));
    fireEvent.input(attendee(1).getByLabelText('Nama'), { target: { value: 'Siti' } });
    fireEvent.input(attendee(2).getByLabelText('Nama'), { target: { value: 'Joko' } });
    await waitFor(async () =>
      expect((await stored(id)).attendees.map((a) => a.name)).toEqual(['Siti', 'Joko']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hapus peserta 1' }));
    await waitFor(async () => expect((await stored(id)).attendees.map((a) => a.name)).toEqual(['Joko']));
    fireEvent.click(within(screen.getByTestId('toast')).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () =>
      expect((await stored(id)).attendees.map((a) => a.name)).toEqual(['Siti', 'Joko']),
    );
  });

  it('deletes a follow-up with undo', async () => {
    const { id, unitId } = await setup();
    const itemId = await createRecord(
      'actionItems',
      newActionItemFields({ unitId, sessionId: id, text: 'Cetak notulen' }),
    );
    const list = within(await screen.findByRole('list', { name: 'Tindak lanjut sesi ini' }));
    fireEvent.click(list.getByRole('button', { name: 'Hapus tindak lanjut' }));
    await waitFor(() => expect(followUpsEmpty()).toMatch(/^Belum ada tindak lanjut/));
    expect((await db.actionItems.get(itemId))?.deleted).toBe(true);
    fireEvent.click(within(screen.getByTestId('toast')).getByRole('button', { name: 'Urungkan' }));
    expect(((await screen.findByDisplayValue('Cetak notulen')) as HTMLInputElement).disabled).toBe(false);
    expect((await db.actionItems.get(itemId))?.deleted).toBe(false);
  });

  it('edits a follow-up in place', async () => {
    const { id, unitId } = await setup();
    const itemId = await createRecord(
      'actionItems',
      newActionItemFields({ unitId, sessionId: id, text: 'Foto kegiatan' }),
    );
    const list = within(await screen.findByRole('list', { name: 'Tindak lanjut sesi ini' }));
    fireEvent.input(list.getByLabelText('Penanggung jawab'), { target: { value: 'Dewi' } });
    await waitFor(async () => expect((await db.actionItems.get(itemId))?.owner).toBe('Dewi'));
  });

  it('deletes the session with its follow-ups, opens the unit, and undo restores both', async () => {
    const { id, unitId } = await setup();
    const itemId = await createRecord(
      'actionItems',
      newActionItemFields({ unitId, sessionId: id, text: 'Unggah daftar hadir' }),
    );
    await screen.findByDisplayValue('Unggah daftar hadir');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus sesi' }));
    await waitFor(() => expect(useUi.getState().path).toBe(paths.unit(unitId)));
    expect((await stored(id)).deleted).toBe(true);
    expect((await db.actionItems.get(itemId))?.deleted).toBe(true);
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('dihapus');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    await waitFor(async () => expect((await stored(id)).deleted).toBe(false));
    expect((await db.actionItems.get(itemId))?.deleted).toBe(false);
  });
});
