/** Settings → Storage: usage, quota, persistence and eviction advice; asking to persist once. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { PERSIST_ASKED_KEY, watchForRealData } from '../../src/db/storage-persist';
import { newUnitFields } from '../../src/domain/unit';
import { APP_VERSION } from '../../src/sw/version';
import { StorageDetails } from '../../src/ui/components/pwa/StorageDetails';
import { evictingBrowser, formatBytes, type StorageInfo } from '../../src/ui/components/pwa/storage-info';
import { renderApp } from '../helpers/render-app';
import { textOf } from '../helpers/screen';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const CHROME_UA =
  'Mozilla/5.0 (Linux; Android 14; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPAD_UA =
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const MAC_SAFARI_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';

interface FakeStorage {
  estimate: ReturnType<typeof vi.fn>;
  persisted: ReturnType<typeof vi.fn>;
  persist: ReturnType<typeof vi.fn>;
}

function stubStorageManager(initial: { usage: number; quota: number; persisted: boolean }): FakeStorage {
  let persisted = initial.persisted;
  const fake: FakeStorage = {
    estimate: vi.fn(async () => ({ usage: initial.usage, quota: initial.quota })),
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = true;
      return true;
    }),
  };
  Object.defineProperty(navigator, 'storage', { value: fake, configurable: true });
  return fake;
}

let unwatch: (() => void) | undefined;
beforeEach(() => {
  stubStorageManager({ usage: 0, quota: 0, persisted: false });
});
afterEach(() => {
  unwatch?.();
  unwatch = undefined;
  Reflect.deleteProperty(navigator, 'storage');
});

describe('formatting and browser detection', () => {
  it('formats bytes in the UI language', () => {
    expect(formatBytes('id', 512)).toBe('512 B');
    expect(formatBytes('id', 1536)).toBe('1,5 KB');
    expect(formatBytes('en', 12.5 * MB)).toBe('12.5 MB');
    expect(formatBytes('id', 2 * GB)).toBe('2 GB');
  });

  it('knows which browsers evict site data by themselves', () => {
    expect(evictingBrowser(IPAD_UA)).toBe('ios');
    expect(evictingBrowser(MAC_SAFARI_UA, 5)).toBe('ios'); // iPadOS asks for the desktop site
    expect(evictingBrowser(MAC_SAFARI_UA, 0)).toBe('safari');
    expect(evictingBrowser(CHROME_UA)).toBeNull();
  });
});

describe('storage details', () => {
  it('shows usage, quota and that the storage is not persistent yet; asking makes it persistent', async () => {
    let info: StorageInfo = { usage: 12.5 * MB, quota: 2 * GB, persisted: false };
    const read = vi.fn(async () => info);
    const requestPersist = vi.fn(async () => {
      info = { ...info, persisted: true };
      return true;
    });
    const { container } = render(
      <StorageDetails read={read} requestPersist={requestPersist} userAgent={CHROME_UA} />,
    );
    await waitFor(() => expect(textOf(container)).toContain('Terpakai 12,5 MB dari kuota 2 GB'));
    const persisted = screen.getByTestId('storage-persisted');
    expect(persisted.dataset.persisted).toBe('false');
    expect(textOf(persisted)).toMatch(/Penyimpanan belum permanen/);
    expect(textOf(container)).toMatch(/pasang aplikasi/);
    expect(textOf(container)).toContain(`Versi aplikasi ${APP_VERSION}`);

    fireEvent.click(screen.getByRole('button', { name: 'Minta penyimpanan permanen' }));
    await waitFor(() => expect(screen.getByTestId('storage-persisted').dataset.persisted).toBe('true'));
    expect(textOf(screen.getByTestId('storage-persisted'))).toMatch(
      /^Penyimpanan permanen: browser tidak akan menghapus/,
    );
    expect(requestPersist).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Minta penyimpanan permanen' })).toBeNull();
    expect(screen.queryByText(/pasang aplikasi/)).toBeNull();
  });

  it('says so when the browser refuses to persist', async () => {
    const read = async (): Promise<StorageInfo> => ({ usage: MB, quota: GB, persisted: false });
    render(<StorageDetails read={read} requestPersist={async () => false} userAgent={CHROME_UA} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Minta penyimpanan permanen' }));
    await waitFor(() => expect(textOf(screen.queryByRole('status'))).toMatch(/^Browser belum mengizinkan/));
  });

  it('gives the Home Screen advice on iPhone/iPad, even when persisted', async () => {
    const read = async (): Promise<StorageInfo> => ({ usage: MB, quota: GB, persisted: true });
    const { container } = render(<StorageDetails read={read} userAgent={IPAD_UA} />);
    await waitFor(() => expect(textOf(container)).toMatch(/Tambahkan Klinik Inovasi ke Layar Utama/));
  });

  it('says when the browser reports nothing', async () => {
    const read = async (): Promise<StorageInfo> => ({ usage: null, quota: null, persisted: null });
    const { container } = render(<StorageDetails read={read} userAgent={CHROME_UA} />);
    await waitFor(() =>
      expect(textOf(container)).toContain('Browser ini tidak melaporkan besar ruang penyimpanan.'),
    );
    expect(screen.getByTestId('storage-persisted').dataset.persisted).toBe('null');
    expect(textOf(screen.getByTestId('storage-persisted'))).toMatch(
      /tidak memberi tahu apakah data disimpan permanen/,
    );
  });

  it('appears in Settings with the browser’s real estimate', async () => {
    stubStorageManager({ usage: 3 * MB, quota: 10 * GB, persisted: true });
    renderApp('/settings');
    const section = await screen.findByTestId('storage');
    await waitFor(() => expect(section.textContent).toContain('Terpakai 3 MB dari kuota 10 GB'));
    expect(section.textContent).toContain('Penyimpanan permanen');
    await waitFor(() => expect(section.textContent).toContain('0 catatan tersimpan'));
  });
});

/**
 * Resolves once a live query subscribed now has read what the persist watcher reads, and the
 * callbacks that read queued have run: a watcher subscribed before it has had its answer too.
 */
function deviceReadByLiveQuery(): Promise<void> {
  return new Promise((resolve, reject) => {
    const sub = liveQuery(() => Promise.all([db.outbox.count(), db.units.count()])).subscribe({
      next: () => {
        queueMicrotask(() => sub.unsubscribe());
        setTimeout(resolve, 0);
      },
      error: reject,
    });
  });
}

describe('asking the browser to keep the data', () => {
  it('asks once, when the first record is created', async () => {
    const fake = stubStorageManager({ usage: 0, quota: GB, persisted: false });
    unwatch = watchForRealData(db);
    await deviceReadByLiveQuery();
    expect(fake.persist).not.toHaveBeenCalled(); // an empty device: nothing to keep yet

    await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    await waitFor(() => expect(fake.persist).toHaveBeenCalledTimes(1));
    expect(localStorage.getItem(PERSIST_ASKED_KEY)).toBe('1');

    await createRecord('units', newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
    unwatch();
    unwatch = watchForRealData(db); // the next start
    await deviceReadByLiveQuery();
    expect(fake.persist).toHaveBeenCalledTimes(1);
  });
});
