import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/schema';
import { getSession } from '../../src/db/session-store';
import type { PublicUser } from '../../src/protocol/protocol';
import { useSync } from '../../src/state/sync-status';
import { aUnit } from '../helpers/builders';
import { choose } from '../helpers/events';
import { COORDINATOR as KOORD, loggedInAs } from '../helpers/login';
import { renderApp } from '../helpers/render-app';

interface Call {
  method: string;
  url: string;
  body: unknown;
  auth: string | null;
}

/** An in-memory /api/users: enough of the server's contract to drive the page. */
function stubUsersServer(
  initial: PublicUser[],
  override?: (call: Call) => Response | Promise<Response> | undefined,
) {
  let users = initial.map((u) => ({ ...u }));
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      const call: Call = {
        method: init?.method ?? 'GET',
        url: String(input),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        auth: headers.get('authorization'),
      };
      calls.push(call);
      const special = override?.(call);
      if (special) return special;
      const id = /\/api\/users\/(.+)$/.exec(call.url)?.[1];
      if (call.method === 'GET') return Response.json({ users });
      if (call.method === 'POST') {
        const b = call.body as PublicUser & { password: string };
        const user = {
          id: `u-${b.username}`,
          username: b.username,
          role: b.role,
          unitIds: b.unitIds,
          active: true,
        };
        users = [...users, user];
        return Response.json({ id: user.id }, { status: 201 });
      }
      const found = users.find((u) => u.id === id);
      if (!found) return Response.json({ error: 'not-found', message: '' }, { status: 404 });
      const { password: _ignored, ...patch } =
        call.method === 'DELETE'
          ? { active: false }
          : (call.body as Partial<PublicUser> & { password?: string });
      Object.assign(found, patch);
      return Response.json({ user: found });
    }),
  );
  return calls;
}

const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const row = async (username: string) => within(await screen.findByTestId(`user-${username}`));

let sosial = '';
let kesehatan = '';

beforeEach(async () => {
  sosial = await aUnit('Dinas Sosial');
  kesehatan = await aUnit('Puskesmas Sukamaju', { kind: 'uptPuskesmas' });
  await loggedInAs(KOORD, 'tok-k');
});
afterEach(() => vi.unstubAllGlobals());

describe('users page', () => {
  it('lists accounts with roles, unit names and status', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial, kesehatan], active: true },
      { id: 'u-lama', username: 'lama', role: 'unit', unitIds: [sosial, 'elsewhere'], active: false },
    ]);
    renderApp('/users');
    const siti = await row('siti');
    expect(siti.getByText('Fasilitator · Dinas Sosial, Puskesmas Sukamaju')).toBeTruthy();
    expect(siti.getByText('Aktif')).toBeTruthy();
    const lama = await row('lama');
    expect(lama.getByText('Tim unit · Dinas Sosial, +1 unit lain')).toBeTruthy();
    expect(lama.getByText('Nonaktif')).toBeTruthy();
    const me = await row('koordinator');
    expect(me.getByText('Anda')).toBeTruthy();
    expect(me.getByText('Koordinator · Semua unit')).toBeTruthy();
    expect(me.queryByRole('button', { name: 'Nonaktifkan' })).toBeNull();
    // Inactive accounts come last.
    const order = screen.getAllByTestId(/^user-/).map((el) => el.dataset.testid);
    expect(order).toEqual(['user-koordinator', 'user-siti', 'user-lama']);
    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/users', auth: 'Bearer tok-k' });
  });

  it('creates an account after checking the form', async () => {
    const calls = stubUsersServer([KOORD]);
    renderApp('/users');
    expect(await screen.findByText(/Belum ada akun lain/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    expect(form.getByText(/^Nama pengguna 3–40 karakter/)).toBeTruthy();
    expect(form.getByText('Sandi paling sedikit 8 karakter.')).toBeTruthy();
    expect(form.getByText('Pilih paling sedikit satu unit untuk peran ini.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    type(form.getByLabelText('Nama pengguna'), ' Budi.S ');
    type(form.getByLabelText('Sandi'), 'rahasia123');
    choose(form.getByLabelText('Peran'), 'unit');
    fireEvent.click(form.getByLabelText('Puskesmas Sukamaju'));
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));

    await row('budi.s');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      username: 'budi.s',
      password: 'rahasia123',
      role: 'unit',
      unitIds: [kesehatan],
    });
    expect(screen.getByTestId('toast').textContent).toContain('Akun budi.s dibuat.');
    expect(screen.queryByTestId('new-user-form')).toBeNull();
  });

  it('creates a coordinator without units', async () => {
    const calls = stubUsersServer([KOORD]);
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    type(form.getByLabelText('Nama pengguna'), 'wakil');
    type(form.getByLabelText('Sandi'), 'rahasia123');
    choose(form.getByLabelText('Peran'), 'coordinator');
    expect(form.getByText('Koordinator melihat semua unit.')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    await row('wakil');
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ role: 'coordinator', unitIds: [] });
  });

  it.each([
    [409, 'conflict', 'Nama pengguna itu sudah dipakai. Pilih nama lain.'],
    [400, 'bad-request', 'Server menolak isian ini.'],
    [403, 'forbidden', 'Hanya koordinator yang boleh mengelola akun.'],
  ])('translates a %i %s answer to a create', async (status, error, message) => {
    stubUsersServer([KOORD], (c) =>
      c.method === 'POST' ? Response.json({ error, message: 'x' }, { status }) : undefined,
    );
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah akun' }));
    const form = within(screen.getByTestId('new-user-form'));
    type(form.getByLabelText('Nama pengguna'), 'siti');
    type(form.getByLabelText('Sandi'), 'rahasia123');
    fireEvent.click(form.getByLabelText('Dinas Sosial'));
    fireEvent.click(form.getByRole('button', { name: 'Buat akun' }));
    expect((await screen.findByTestId('users-form-error')).textContent).toContain(message);
  });

  it('edits role and units inline', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    const siti = await row('siti');
    fireEvent.click(siti.getByRole('button', { name: 'Ubah peran & unit' }));
    expect((siti.getByLabelText('Dinas Sosial') as HTMLInputElement).checked).toBe(true);
    choose(siti.getByLabelText('Peran'), 'unit');
    fireEvent.click(siti.getByLabelText('Dinas Sosial'));
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    expect(siti.getByText('Pilih paling sedikit satu unit untuk peran ini.')).toBeTruthy();
    fireEvent.click(siti.getByLabelText('Puskesmas Sukamaju'));
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    expect(await siti.findByText('Tim unit · Puskesmas Sukamaju')).toBeTruthy();
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches).toEqual([
      {
        method: 'PATCH',
        url: '/api/users/u-siti',
        body: { role: 'unit', unitIds: [kesehatan] },
        auth: 'Bearer tok-k',
      },
    ]);
  });

  it('resets a password', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    const siti = await row('siti');
    fireEvent.click(siti.getByRole('button', { name: 'Atur ulang sandi' }));
    type(siti.getByLabelText('Sandi baru'), 'pendek');
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    expect(siti.getByText('Sandi paling sedikit 8 karakter.')).toBeTruthy();
    type(siti.getByLabelText('Sandi baru'), 'sandi-baru-siti');
    fireEvent.click(siti.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByTestId('toast').textContent).toContain('Sandi siti diganti'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.body)).toEqual([
      { password: 'sandi-baru-siti' },
    ]);
  });

  it('deactivates with undo, and reactivates', async () => {
    const calls = stubUsersServer([
      KOORD,
      { id: 'u-siti', username: 'siti', role: 'facilitator', unitIds: [sosial], active: true },
    ]);
    renderApp('/users');
    fireEvent.click((await row('siti')).getByRole('button', { name: 'Nonaktifkan' }));
    expect(await (await row('siti')).findByText('Nonaktif')).toBeTruthy();
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/users/u-siti', body: undefined });
    const toast = screen.getByTestId('toast');
    expect(toast.textContent).toContain('Akun siti dinonaktifkan.');
    fireEvent.click(within(toast).getByRole('button', { name: 'Urungkan' }));
    expect(await (await row('siti')).findByText('Aktif')).toBeTruthy();
    expect(calls.at(-1)).toMatchObject({ method: 'PATCH', url: '/api/users/u-siti', body: { active: true } });

    fireEvent.click((await row('siti')).getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(await (await row('siti')).findByRole('button', { name: 'Aktifkan lagi' }));
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ method: 'PATCH', body: { active: true } }));
    expect(await (await row('siti')).findByText('Aktif')).toBeTruthy();
  });

  it('says that only coordinators manage accounts, without asking the server', async () => {
    const calls = stubUsersServer([KOORD]);
    useSync.setState({ user: { ...KOORD, id: 'u-siti', username: 'siti', role: 'facilitator' } });
    renderApp('/users');
    expect(await screen.findByText('Hanya koordinator yang dapat mengelola akun')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah akun' })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('explains that a connection is needed, and retries', async () => {
    let online = false;
    stubUsersServer([KOORD], () => (online ? undefined : Promise.reject(new TypeError('offline'))));
    renderApp('/users');
    expect(await screen.findByText('Perlu koneksi internet')).toBeTruthy();
    expect(screen.getByText(/Daftar akun disimpan di server/)).toBeTruthy();
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await row('koordinator')).toBeTruthy();
  });

  it('marks the session expired when the server no longer accepts it', async () => {
    stubUsersServer([KOORD], () => Response.json({ error: 'token-expired', message: '' }, { status: 401 }));
    renderApp('/users');
    expect(await screen.findByText(/Sesi Anda berakhir/)).toBeTruthy();
    expect(useSync.getState().sessionExpired).toBe(true);
    expect((await getSession(db))?.expired).toBe(true);
    expect(await screen.findByTestId('relogin-banner')).toBeTruthy();
  });
});
