import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { getSession, saveSession } from '../../src/db/session-store';
import { newUnitFields } from '../../src/domain/unit';
import type { LoginResponse, PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { navigate } from '../../src/state/ui-store';
import { logout, syncNow } from '../../src/sync/client';
import { Root } from '../../src/ui/Root';
import { pageTitle, textOf } from '../helpers/screen';

const SITI: PublicUser = { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [], active: true };

interface Call {
  url: string;
  method: string;
  body: unknown;
}

/** A fake server: login answers `loginAnswer()`, sync answers "nothing new". Records every call. */
function stubServer(loginAnswer: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ url, method: init?.method ?? 'GET', body });
    if (url.endsWith('/api/auth/login')) return loginAnswer();
    if (url.includes('/api/sync/pull')) return Response.json({ changes: [], cursor: 'c1', hasMore: false });
    if (url.includes('/api/sync/push')) return Response.json({ results: [] });
    if (url.endsWith('/api/auth/logout')) return Response.json({ ok: true });
    return Response.json({ error: 'not-found', message: '' }, { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const ok = (user: PublicUser = SITI) => {
  const body: LoginResponse = { token: 'tok-1', expiresAt: '2099-01-01T00:00:00.000Z', user };
  return Response.json(body);
};
const fail = (status: number, error: string) => Response.json({ error, message: '' }, { status });
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

async function fillAndSubmit(username: string, password: string) {
  type(await screen.findByLabelText('Nama pengguna'), username);
  type(screen.getByLabelText('Kata sandi'), password);
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

beforeEach(() => {
  useSync.setState({
    state: 'idle',
    lastSyncedAt: null,
    progress: null,
    lastError: null,
    user: 'none',
    sessionExpired: false,
  });
  navigate('/units', true);
});

afterEach(async () => {
  // A successful login started the sync runner: let its pass end, then stop it.
  if (typeof useSync.getState().user === 'object') {
    await syncNow();
    await logout();
  }
  vi.unstubAllGlobals();
});

describe('login page', () => {
  it('logs in, stores the session and shows the app', async () => {
    const calls = stubServer(() => ok());
    render(<Root />);
    await waitFor(() => expect(pageTitle()).toBe('Klinik Inovasi'));
    expect(textOf(document.querySelector('.login__help'))).toMatch(/nama pengguna koordinator/);
    await fillAndSubmit(' siti ', 'rahasia-siti');

    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Unit' }).getAttribute('href')).toBe('/units');
    const user = useSync.getState().user;
    expect(typeof user === 'object' && user?.username).toBe('siti');
    expect(calls[0]).toEqual({
      url: '/api/auth/login',
      method: 'POST',
      body: { username: 'siti', password: 'rahasia-siti' },
    });
    const stored = await db.meta.get('session');
    expect(stored?.value).toMatchObject({ token: 'tok-1', user: { id: 'u-siti', username: 'siti' } });
    expect((await db.meta.get('owner'))?.value).toBe('u-siti');
    // The account menu in the top bar shows who is logged in.
    expect(screen.getByTestId('account-button').textContent).toContain('Fasilitator');
  });

  it('asks for both fields before calling the server', async () => {
    const calls = stubServer(() => ok());
    render(<Root />);
    await fillAndSubmit('siti', '');
    expect((await screen.findByTestId('login-error')).textContent).toBe('Isi nama pengguna dan kata sandi.');
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['invalid-credentials', () => fail(401, 'invalid-credentials'), 'Nama pengguna atau kata sandi salah.'],
    ['too-many-attempts', () => fail(429, 'too-many-attempts'), 'Terlalu banyak percobaan yang gagal'],
    [
      'offline',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'Perlu koneksi internet untuk masuk pertama kali',
    ],
    ['server', () => fail(500, 'internal'), 'Server sedang bermasalah'],
  ])('translates the %s error', async (_code, answer, message) => {
    stubServer(answer);
    render(<Root />);
    await fillAndSubmit('siti', 'rahasia-siti');
    expect((await screen.findByTestId('login-error')).textContent).toContain(message);
    expect(useSync.getState().user).toBe('none');
    expect(await getSession(db)).toBeNull();
    // The form is usable again.
    expect((screen.getByRole('button', { name: 'Masuk' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses another account while this device holds unsent changes of the previous one', async () => {
    await db.meta.put({ key: 'owner', value: 'u-budi' });
    await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    stubServer(() => ok());
    render(<Root />);
    await fillAndSubmit('siti', 'rahasia-siti');
    expect((await screen.findByTestId('login-error')).textContent).toContain(
      'perubahan akun lain yang belum terkirim',
    );
    expect(await db.units.count()).toBe(1);
    expect(useSync.getState().user).toBe('none');
  });

  it('switches the language on the login page', async () => {
    stubServer(() => fail(401, 'invalid-credentials'));
    render(<Root />);
    fireEvent.click(screen.getByRole('button', { name: 'Ganti bahasa ke English' }));
    await waitFor(() => expect(textOf(document.querySelector('.login__main h2'))).toBe('Log in'));
    type(screen.getByLabelText('Username'), 'siti');
    type(screen.getByLabelText('Password'), 'wrong-password');
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByTestId('login-error')).textContent).toBe('Wrong username or password.');
  });
});

describe('re-login banner', () => {
  beforeEach(async () => {
    await saveSession({ token: 'old', expiresAt: '2000-01-01T00:00:00.000Z', user: SITI, expired: true });
    useSync.setState({ user: SITI, sessionExpired: true, state: 'needsLogin' });
  });

  it('logs the same account in again without leaving the page, keeping local work', async () => {
    await createRecord('units', newUnitFields({ name: 'Puskesmas Sukamaju', kind: 'uptPuskesmas' }));
    const calls = stubServer(() => ok());
    render(<Root />);
    const banner = await screen.findByTestId('relogin-banner');
    expect(banner.textContent).toContain('Sesi Anda telah berakhir');
    expect(banner.textContent).toContain('kata sandi siti');
    // The app stays usable underneath.
    expect((await screen.findByRole('link', { name: 'Puskesmas Sukamaju' })).getAttribute('href')).toMatch(
      /^\/units\//,
    );

    type(screen.getByLabelText('Kata sandi'), 'sandi-baru-siti');
    fireEvent.click(screen.getByRole('button', { name: 'Masuk lagi' }));
    await waitFor(() => expect(screen.queryByTestId('relogin-banner')).toBeNull());
    expect(calls[0]?.body).toEqual({ username: 'siti', password: 'sandi-baru-siti' });
    expect(useSync.getState().sessionExpired).toBe(false);
    expect(await getSession(db)).toMatchObject({ token: 'tok-1' });
    expect((await getSession(db))?.expired).toBeUndefined();
    expect(await db.units.count()).toBe(1);
  });

  it('shows a translated error and keeps the banner when the password is wrong', async () => {
    stubServer(() => fail(401, 'invalid-credentials'));
    render(<Root />);
    type(await screen.findByLabelText('Kata sandi'), 'salah-sandi');
    fireEvent.click(screen.getByRole('button', { name: 'Masuk lagi' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nama pengguna atau kata sandi salah.');
    expect(textOf(within(screen.getByTestId('relogin-banner')).getByRole('heading'))).toBe(
      'Sesi Anda telah berakhir',
    );
    expect(useSync.getState().sessionExpired).toBe(true);
  });
});
