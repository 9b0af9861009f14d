import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { useUi } from '../../src/state/ui-store';
import { paths } from '../../src/ui/router';
import { aFollowUp, aSession, aUnit } from '../helpers/builders';
import { choose } from '../helpers/events';
import { renderApp } from '../helpers/render-app';
import { emptyStateTitles, fieldError, pageTitle, textOf } from '../helpers/screen';

async function seed() {
  const dinkes = await aUnit('Dinas Kesehatan');
  const kelurahan = await aUnit('Kelurahan Sungai Bangkong', { kind: 'kelurahan' });
  const gone = await aUnit('Unit Terhapus');
  const mine = await aSession(dinkes, '2025-03-01', {
    place: 'Ruang rapat Dinkes',
    facilitators: ['Rina Marlina', 'Andi'],
    stageFocus: 'diagnose',
    attendees: [
      { id: 'a1', name: 'Siti', nip: '', position: '', role: '' },
      { id: 'a2', name: 'Joko', nip: '', position: '', role: '' },
    ],
  });
  const others = await aSession(kelurahan, '2025-04-10', { place: 'Kantor lurah', facilitators: ['Budi'] });
  await aSession(gone, '2025-05-01', { facilitators: ['Rina Marlina'] });
  await deleteRecord('units', gone);
  await aFollowUp(dinkes, 'Susun SK', { sessionId: mine });
  await aFollowUp(dinkes, 'Sudah', { sessionId: mine, status: 'done', doneDate: '2025-03-05' });
  return { dinkes, kelurahan, mine, others };
}

const rows = () => screen.getAllByTestId('session-row');

// Preact runs effects after paint (rAF raced with a 35 ms timer); let the last ones run before
// jsdom is torn down, or they throw "window is not defined" into the next file's report.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('sessions list', () => {
  it('shows empty states when there are no sessions or no units', async () => {
    renderApp(paths.sessions());
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Belum ada sesi pendampingan']));
    // No unit to visit yet: the new-session form sends the user to the units page first.
    const toUnits = await screen.findByRole('link', { name: 'Ke daftar unit' });
    expect(textOf(toUnits.previousElementSibling)).toBe(
      'Belum ada unit. Tambahkan unit dulu sebelum mencatat sesi.',
    );
    expect(toUnits.getAttribute('href')).toBe(paths.units());
  });

  it('shows my sessions by name (ignoring case) and all sessions on request, newest first', async () => {
    await seed();
    useUi.setState({ myName: 'rina marlina' });
    renderApp(paths.sessions());
    await waitFor(() => expect(pageTitle()).toBe('Sesi terbaru saya'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(textOf(row.querySelector('.list__title'))).toMatch(/ · Dinas Kesehatan$/);
    expect([...row.querySelectorAll('.session-meta > *')].map(textOf)).toEqual([
      'Fokus: Diagnose',
      '2 peserta',
      'Ruang rapat Dinkes',
      'Rina Marlina, Andi',
    ]);
    expect(textOf(row.querySelector('.session-row__side .badge'))).toBe('1 tindak lanjut terbuka');
    expect(screen.queryByText('Buka Pengaturan')).toBeNull();

    fireEvent.click(screen.getByLabelText('Tampilkan semua sesi'));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(pageTitle()).toBe('Semua sesi pendampingan');
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
    await waitFor(() => expect(emptyStateTitles()).toEqual(['Tidak ada sesi yang cocok']));
  });

  it('says when I have no sessions yet and offers to show all', async () => {
    await seed();
    useUi.setState({ myName: 'Dewi' });
    renderApp(paths.sessions());
    await waitFor(() =>
      expect(emptyStateTitles()).toEqual(['Belum ada sesi dengan Anda sebagai fasilitator']),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan semua sesi' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
  });

  it('creates a new session for the chosen unit and opens it', async () => {
    const { kelurahan } = await seed();
    useUi.setState({ myName: 'Rina Marlina' });
    renderApp(paths.sessions());
    const unitSelect = await screen.findByLabelText('Unit yang dikunjungi');
    fireEvent.click(screen.getByRole('button', { name: /Sesi baru/ }));
    await waitFor(() => expect(fieldError('Unit yang dikunjungi')).toBe('Wajib diisi.'));
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
    await waitFor(() => expect(pageTitle()).toBe('Sesi pendampingan'));
  });
});
