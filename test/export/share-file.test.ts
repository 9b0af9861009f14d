import { describe, expect, it, vi } from 'vitest';
import { type ShareEnv, shareOrDownload } from '../../src/export/share-file';

const file = () =>
  new File([new Uint8Array([37, 80, 68, 70])], 'notulen-x-2026-12-04.pdf', { type: 'application/pdf' });

function env(nav: ShareEnv['navigator']) {
  const save = vi.fn<ShareEnv['save']>();
  return { navigator: nav, save };
}

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('sharing the minutes PDF', () => {
  it('hands the file to the share sheet when the device can share files', async () => {
    const share = vi.fn(() => Promise.resolve());
    const e = env({ canShare: () => true, share });
    const f = file();
    expect(await shareOrDownload(f, 'Notulen', e)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files: [f], title: 'Notulen' });
    expect(e.save).not.toHaveBeenCalled();
  });

  it('downloads where the Web Share API is missing or cannot share files', async () => {
    const none = env({});
    expect(await shareOrDownload(file(), 'Notulen', none)).toBe('downloaded');
    expect(none.save).toHaveBeenCalledWith(expect.any(File), 'notulen-x-2026-12-04.pdf');

    const share = vi.fn(() => Promise.resolve());
    const noFiles = env({ canShare: () => false, share });
    expect(await shareOrDownload(file(), 'Notulen', noFiles)).toBe('downloaded');
    expect(share).not.toHaveBeenCalled();
    expect(noFiles.save).toHaveBeenCalledOnce();

    const throws = env({
      canShare: () => {
        throw new TypeError('files unsupported');
      },
      share,
    });
    expect(await shareOrDownload(file(), 'Notulen', throws)).toBe('downloaded');
  });

  it('downloads when the browser refuses the share (activation spent while the PDF was made)', async () => {
    const e = env({ canShare: () => true, share: () => Promise.reject(domError('NotAllowedError')) });
    expect(await shareOrDownload(file(), 'Notulen', e)).toBe('downloaded');
    expect(e.save).toHaveBeenCalledOnce();
  });

  it('does nothing more when the person closes the share sheet', async () => {
    const e = env({ canShare: () => true, share: () => Promise.reject(domError('AbortError')) });
    expect(await shareOrDownload(file(), 'Notulen', e)).toBe('cancelled');
    expect(e.save).not.toHaveBeenCalled();
  });
});
