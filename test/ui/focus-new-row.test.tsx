import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/ui/router';
import { anInnovation, aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

/** The focused element's list row (`li[data-row-id]`) inside the section titled `title`. */
function focusedRowIn(title: string): HTMLElement | null {
  const section = screen.getByRole('heading', { name: title }).closest('section');
  const row = document.activeElement?.closest<HTMLElement>('li[data-row-id]') ?? null;
  return row && section?.contains(row) ? row : null;
}

describe('focus after "+ Tambah …"', () => {
  it('a new attendee: its name field', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const session = await aSession(unit, '2025-03-01', {
      attendees: [{ id: 'a1', name: 'Siti', nip: '', position: '', role: '' }],
    });
    renderApp(paths.session(session));
    const add = await screen.findByRole('button', { name: '+ Tambah peserta' });
    add.focus();
    fireEvent.click(add);
    await waitFor(() => {
      const rows = screen.getAllByRole('textbox', { name: 'Nama' });
      expect(rows).toHaveLength(2);
      expect(document.activeElement).toBe(rows[1]);
    });
  });

  it('a new follow-up: the first field of its row in the list', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const session = await aSession(unit, '2025-03-01');
    renderApp(paths.session(session));
    const what = await screen.findByRole('textbox', { name: 'Apa yang dilakukan' });
    fireEvent.input(what, { target: { value: 'Susun SK tim inovasi' } });
    const add = screen.getByRole('button', { name: '+ Tambah tindak lanjut' });
    add.focus();
    fireEvent.click(add);
    await waitFor(() => {
      const row = focusedRowIn('Rencana tindak lanjut');
      expect(row).not.toBeNull();
      expect((document.activeElement as HTMLInputElement).value).toBe('Susun SK tim inovasi');
    });
  });

  it('a new team member: their name field', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const innovation = await anInnovation(unit, 'SIPANDU');
    renderApp(paths.innovation(innovation));
    const add = await screen.findByRole('button', { name: '+ Tambah anggota' });
    add.focus();
    fireEvent.click(add);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nama anggota 1')));
  });
});
