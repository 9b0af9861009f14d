import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { newSessionDraft, startSession } from '../../src/db/commands/sessions';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { uuidv7 } from '../../src/domain/ids';
import { newUnitFields } from '../../src/domain/unit';
import { useUi } from '../../src/state/ui-store';
import { paths } from '../../src/ui/router';
import { aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { fieldError } from '../helpers/screen';

async function setup(placeLabel = 'Tempat') {
  const unitId = await createRecord('units', newUnitFields({ name: 'Kelurahan Tengah', kind: 'kelurahan' }));
  const id = uuidv7();
  await startSession(id, newSessionDraft(unitId, 'Rina'));
  renderApp(paths.session(id));
  await screen.findByLabelText(placeLabel);
  return { id, unitId };
}
const stored = async (id: string) => (await db.mentoringSessions.get(id)) ?? { date: '', time: '' };
const leave = (input: HTMLElement) =>
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
const addForm = () => within(screen.getByRole('form', { name: 'Tindak lanjut baru' }));

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

describe('session date and time (pukul)', () => {
  it('stores 04-12-2026 as 2026-12-04 and 9.30 as 09:30; the header says "4 Des 2026, pukul 09.30"', async () => {
    const { id } = await setup();
    const date = screen.getByLabelText('Tanggal') as HTMLInputElement;
    const time = screen.getByLabelText('Pukul') as HTMLInputElement;
    expect(date.type).toBe('text');
    expect(time.type).toBe('text');
    fireEvent.input(date, { target: { value: '04-12-2026' } });
    fireEvent.input(time, { target: { value: '9.30' } });
    leave(time);
    await waitFor(async () => expect(await stored(id)).toMatchObject({ date: '2026-12-04', time: '09:30' }));
    expect(time.value).toBe('09.30');
    await waitFor(() =>
      expect(document.querySelector('.session-subtitle')?.textContent).toContain('4 Des 2026, pukul 09.30'),
    );
  });

  it('an impossible date or time stores nothing and says so', async () => {
    const { id } = await setup();
    const before = await stored(id);
    fireEvent.input(screen.getByLabelText('Tanggal'), { target: { value: '31-02-2026' } });
    fireEvent.input(screen.getByLabelText('Pukul'), { target: { value: '24.00' } });
    expect(fieldError('Tanggal')).toBe('Tanggal tidak valid.');
    expect(fieldError('Pukul')).toBe('Jam tidak valid: tulis antara 00.00 dan 23.59.');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await stored(id)).toMatchObject({ date: before.date, time: '' });
  });

  it('shows the English time with a colon', async () => {
    useUi.setState({ lang: 'en' });
    const { id } = await setup('Place');
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '14:05' } });
    await waitFor(async () => expect((await stored(id)).time).toBe('14:05'));
    await waitFor(() => expect(document.querySelector('.session-subtitle')?.textContent).toMatch(/, 14:05$/));
  });

  it('does not add a follow-up while its due date is not yet a date', async () => {
    await setup();
    fireEvent.input(addForm().getByLabelText('Apa yang dilakukan'), { target: { value: 'Susun SK' } });
    fireEvent.input(addForm().getByLabelText('Tenggat'), { target: { value: '04-12' } });
    await act(async () => {
      fireEvent.click(addForm().getByRole('button', { name: /Tambah tindak lanjut/ }));
    });
    expect(fieldError('Tenggat', addForm())).toBe('Tulis tanggal sebagai hari-bulan-tahun, mis. 04-12-2026.');
    expect(await db.actionItems.count()).toBe(0);
    fireEvent.input(addForm().getByLabelText('Tenggat'), { target: { value: '04-12-2030' } });
    fireEvent.click(addForm().getByRole('button', { name: /Tambah tindak lanjut/ }));
    await waitFor(async () =>
      expect((await db.actionItems.toArray()).map((a) => a.dueDate)).toEqual(['2030-12-04']),
    );
  });

  it('prints the time next to the date in the minutes, and only the date when none is given', async () => {
    const unitId = await aUnit('Kelurahan Sungai Jawi', { kind: 'kelurahan' });
    const timed = await aSession(unitId, '2026-03-02', { time: '09:30' });
    const untimed = await aSession(unitId, '2026-03-02');
    const dateLine = async () => {
      const doc = await screen.findByTestId('minutes-document');
      const th = within(doc).getByRole('rowheader', { name: 'Hari, tanggal' });
      return th.closest('tr')?.querySelector('td')?.textContent;
    };
    const view = renderApp(paths.sessionMinutes(timed));
    expect(await dateLine()).toBe('Senin, 2 Maret 2026, pukul 09.30');
    view.unmount();
    renderApp(paths.sessionMinutes(untimed));
    expect(await dateLine()).toBe('Senin, 2 Maret 2026');
  });
});
