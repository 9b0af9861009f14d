import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { createRecord, deleteRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newActionItemFields } from '../../src/domain/action-item';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { paths } from '../../src/ui/router';
import { renderApp } from '../helpers/render-app';

function choose(select: HTMLElement, value: string) {
  (select as HTMLSelectElement).value = value;
  fireEvent(select, new Event('change', { bubbles: true }));
}

async function seed() {
  const dinkes = await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  const kelurahan = await createRecord(
    'units',
    newUnitFields({ name: 'Kelurahan Sungai Bangkong', kind: 'kelurahan' }),
  );
  const gone = await createRecord('units', newUnitFields({ name: 'Unit Terhapus', kind: 'opd' }));
  const mine = await createRecord(
    'mentoringSessions',
    newSessionFields({
      unitId: dinkes,
      date: '2025-03-01',
      place: 'Ruang rapat Dinkes',
      facilitators: ['Rina Marlina', 'Andi'],
      stageFocus: 'diagnose',
      attendees: [
        { id: 'a1', name: 'Siti', nip: '', position: '', role: '' },
        { id: 'a2', name: 'Joko', nip: '', position: '', role: '' },
      ],
    }),
  );
  const others = await createRecord(
    'mentoringSessions',
    newSessionFields({
      unitId: kelurahan,
      date: '2025-04-10',
      place: 'Kantor lurah',
      facilitators: ['Budi'],
    }),
  );
  await createRecord(
    'mentoringSessions',
    newSessionFields({ unitId: gone, date: '2025-05-01', facilitators: ['Rina Marlina'] }),
  );
  await deleteRecord('units', gone);
  await createRecord(
    'actionItems',
    newActionItemFields({ unitId: dinkes, sessionId: mine, text: 'Susun SK' }),
  );
  await createRecord(
    'actionItems',
    newActionItemFields({
      unitId: dinkes,
      sessionId: mine,
      text: 'Sudah',
      status: 'done',
      doneDate: '2025-03-05',
    }),
  );
  return { dinkes, kelurahan, mine, others };
}

const rows = () => screen.getAllByTestId('session-row');

// Preact runs effects after paint (rAF raced with a 35 ms timer); let the last ones run before
// jsdom is torn down, or they throw "window is not defined" into the next file's report.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('sessions list', () => {
  it('shows empty states when there are no sessions or no units', async () => {
    renderApp(paths.sessions());
    expect(await screen.findByText('Belum ada sesi pendampingan')).toBeTruthy();
    expect(await screen.findByText(/Belum ada unit/)).toBeTruthy();
  });

  it('shows my sessions by name (ignoring case) and all sessions on request, newest first', async () => {
    await seed();
    useUi.setState({ myName: 'rina marlina' });
    renderApp(paths.sessions());
    expect(await screen.findByRole('heading', { name: 'Sesi terbaru saya' })).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = within(rows()[0] as HTMLElement);
    expect(row.getByRole('link', { name: /Dinas Kesehatan/ })).toBeTruthy();
    expect(row.getByText('Fokus: Diagnose')).toBeTruthy();
    expect(row.getByText('2 peserta')).toBeTruthy();
    expect(row.getByText('1 tindak lanjut terbuka')).toBeTruthy();
    expect(screen.queryByText('Buka Pengaturan')).toBeNull();

    fireEvent.click(screen.getByLabelText('Tampilkan semua sesi'));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByRole('heading', { name: 'Semua sesi pendampingan' })).toBeTruthy();
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('Kelurahan Sungai Bangkong'),
      expect.stringContaining('Dinas Kesehatan'),
    ]);
  });

  it('without a name shows all sessions and points to Settings', async () => {
    await seed();
    renderApp(paths.sessions());
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'Buka Pengaturan' }).getAttribute('href')).toBe(paths.settings());
    expect(screen.queryByLabelText('Tampilkan semua sesi')).toBeNull();
  });

  it('searches unit name, place and findings', async () => {
    await seed();
    renderApp(paths.sessions());
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.input(screen.getByLabelText('Cari sesi'), { target: { value: 'kantor LURAH' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]?.textContent).toContain('Kelurahan Sungai Bangkong');
    fireEvent.input(screen.getByLabelText('Cari sesi'), { target: { value: 'tidak ada di mana pun' } });
    expect(await screen.findByText('Tidak ada sesi yang cocok')).toBeTruthy();
  });

  it('says when I have no sessions yet and offers to show all', async () => {
    await seed();
    useUi.setState({ myName: 'Dewi' });
    renderApp(paths.sessions());
    expect(await screen.findByText('Belum ada sesi dengan Anda sebagai fasilitator')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan semua sesi' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  it('creates a new session for the chosen unit and opens it', async () => {
    const { kelurahan } = await seed();
    useUi.setState({ myName: 'Rina Marlina' });
    renderApp(paths.sessions());
    const unitSelect = await screen.findByLabelText('Unit yang dikunjungi');
    fireEvent.click(screen.getByRole('button', { name: /Sesi baru/ }));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    choose(unitSelect, kelurahan);
    fireEvent.click(screen.getByRole('button', { name: /Sesi baru/ }));
    await waitFor(() => expect(useUi.getState().path).toMatch(/^\/sessions\/[\w-]+\?new=/));
    const id = useUi.getState().path.split('/')[2]?.split('?')[0] ?? '';
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Sesi pendampingan');
    fireEvent.input(screen.getByLabelText('Temuan'), { target: { value: 'Data belum lengkap.' } });
    await waitFor(async () =>
      expect((await db.mentoringSessions.get(id))?.findings).toBe('Data belum lengkap.'),
    );
    const session = await db.mentoringSessions.get(id);
    expect(session?.unitId).toBe(kelurahan);
    expect(session?.facilitators).toEqual(['Rina Marlina']);
    expect(await screen.findByRole('heading', { name: 'Sesi pendampingan', level: 1 })).toBeTruthy();
  });
});
