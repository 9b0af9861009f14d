import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { focusFirstInvalid } from '../../src/ui/focus/first-invalid';
import { LoginPage } from '../../src/ui/pages/LoginPage';
import { paths } from '../../src/ui/router';
import { aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

/** The focused control is marked invalid and read out with its message. */
function expectFocusedInvalid(label: string | RegExp) {
  const field = screen.getByLabelText(label);
  expect(document.activeElement).toBe(field);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const messages = ids.map((id) => document.getElementById(id));
  expect(messages.some((m) => m?.getAttribute('role') === 'alert' && (m.textContent ?? '') !== '')).toBe(
    true,
  );
}

describe('focus after a failed submit', () => {
  it('goes to the first control marked invalid, in document order, or into a group marked invalid', () => {
    document.body.innerHTML = `
      <form id="f">
        <input id="ok" />
        <fieldset data-invalid="true"><legend>Units</legend><input id="in-group" type="checkbox" /></fieldset>
        <input id="bad" aria-invalid="true" />
      </form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    expect(focusFirstInvalid(form)).toBe(true);
    expect(document.activeElement?.id).toBe('in-group');
    (form.querySelector('fieldset') as HTMLElement).removeAttribute('data-invalid');
    expect(focusFirstInvalid(form)).toBe(true);
    expect(document.activeElement?.id).toBe('bad');
    (document.getElementById('bad') as HTMLElement).removeAttribute('aria-invalid');
    expect(focusFirstInvalid(form)).toBe(false);
    document.body.innerHTML = '';
  });

  it('new unit: an empty name takes focus, even when the button was pressed twice', async () => {
    renderApp(paths.units());
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah unit' }));
    const save = await screen.findByRole('button', { name: 'Simpan unit' });
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expectFocusedInvalid('Nama unit'));
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expectFocusedInvalid('Nama unit'));
  });

  it('add follow-up: "what" takes focus when left empty', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const session = await aSession(unit, '2025-03-01');
    renderApp(paths.session(session));
    const add = await screen.findByRole('button', { name: '+ Tambah tindak lanjut' });
    add.focus();
    fireEvent.click(add);
    await waitFor(() => expectFocusedInvalid('Apa yang dilakukan'));
  });

  it('new session: the unit picker takes focus when no unit is chosen', async () => {
    await aUnit('Dinas Kesehatan');
    renderApp(paths.sessions());
    const submit = await screen.findByRole('button', { name: '+ Sesi baru' });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(() => expectFocusedInvalid('Unit yang dikunjungi'));
  });

  it('login: the empty field takes focus and is tied to the message', async () => {
    render(<LoginPage />);
    const submit = screen.getByRole('button', { name: 'Masuk' });
    fireEvent.input(screen.getByLabelText('Nama pengguna'), { target: { value: 'rina' } });
    submit.focus();
    fireEvent.click(submit);
    await waitFor(() => expectFocusedInvalid('Kata sandi'));
    expect(screen.getByLabelText('Nama pengguna').getAttribute('aria-invalid')).toBeNull();
  });
});
