/**
 * Hands a file to the device's share sheet (Web Share API level 2: WhatsApp, e-mail, Drive),
 * falling back to a plain download where sharing files is not supported (most desktops,
 * headless browsers) or the browser refuses it (the tap's activation expired while the file
 * was being made). A person closing the share sheet is not an error and downloads nothing.
 */
import { saveBlob } from './download';

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

export interface ShareEnv {
  navigator: Pick<Navigator, 'canShare' | 'share'> | Partial<Pick<Navigator, 'canShare' | 'share'>>;
  save: (blob: Blob, filename: string) => void;
}

const browserEnv = (): ShareEnv => ({ navigator, save: saveBlob });

function canShareFile(nav: ShareEnv['navigator'], file: File): boolean {
  if (typeof nav.canShare !== 'function' || typeof nav.share !== 'function') return false;
  try {
    return nav.canShare({ files: [file] });
  } catch {
    return false;
  }
}

export async function shareOrDownload(
  file: File,
  title: string,
  env: ShareEnv = browserEnv(),
): Promise<ShareOutcome> {
  const nav = env.navigator;
  if (canShareFile(nav, file) && nav.share) {
    try {
      await nav.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
      // NotAllowedError (no user activation left), a share target failing: save the file instead.
    }
  }
  env.save(file, file.name);
  return 'downloaded';
}
