import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { useUi } from '../../src/state/ui-store';
import { paths } from '../../src/ui/router';
import { aSession, aUnit } from '../helpers/builders';
import { renderApp } from '../helpers/render-app';
import { pageTitle } from '../helpers/screen';

afterAll(() => new Promise((resolve) => setTimeout(resolve, 100)));

const back = () => screen.getByRole('link', { name: '← Kembali' });
const path = () => useUi.getState().path;

describe('"← Kembali"', () => {
  it('returns to the unit a session was opened from, not the sessions list', async () => {
    const unit = await aUnit('Dinas Kesehatan');
    const session = await aSession(unit, '2025-03-01', { place: 'Ruang rapat' });
    renderApp(paths.unit(unit));
    const link = await waitFor(() =>
      screen.getByText((_, el) => el?.getAttribute('href') === paths.session(session)),
    );
    fireEvent.click(link);
    await waitFor(() => expect(path()).toBe(paths.session(session)));
    await waitFor(() => expect(pageTitle()).toBe('Sesi pendampingan'));
    expect(back().getAttribute('href')).toBe(paths.unit(unit));
    fireEvent.click(back());
    // history.back() answers with popstate, which App follows.
    await waitFor(() => expect(path()).toBe(paths.unit(unit)));
  });

  it('deleting a session opened from the unit returns there, and no Back leads to the deleted one', async () => {
    const unit = await aUnit('Dinas Sosial');
    const session = await aSession(unit, '2025-05-02');
    renderApp(paths.unit(unit));
    fireEvent.click(
      await waitFor(() => screen.getByText((_, el) => el?.getAttribute('href') === paths.session(session))),
    );
    await waitFor(() => expect(pageTitle()).toBe('Sesi pendampingan'));
    fireEvent.click(screen.getByRole('button', { name: 'Hapus sesi' }));
    await waitFor(() => expect(path()).toBe(paths.unit(unit)));
    await waitFor(() => expect(back().getAttribute('href')).toBe(paths.units()));
    expect(history.state).toBeNull();
  });

  it('deleting a session opened directly puts its unit in its place in the history', async () => {
    const unit = await aUnit('Dinas Perhubungan');
    const session = await aSession(unit, '2025-05-03');
    renderApp(paths.session(session));
    fireEvent.click(await screen.findByRole('button', { name: 'Hapus sesi' }));
    await waitFor(() => expect(path()).toBe(paths.unit(unit)));
    expect(location.pathname).toBe(paths.unit(unit));
    await waitFor(() => expect(back().getAttribute('href')).toBe(paths.units()));
  });

  it("opened directly (a deep link or a reload), goes to the page's parent", async () => {
    const unit = await aUnit('Kelurahan Sungai Bangkong');
    const session = await aSession(unit, '2025-04-10');
    renderApp(paths.session(session));
    await waitFor(() => expect(pageTitle()).toBe('Sesi pendampingan'));
    expect(back().getAttribute('href')).toBe(paths.sessions());
    fireEvent.click(back());
    await waitFor(() => expect(path()).toBe(paths.sessions()));
  });
});
