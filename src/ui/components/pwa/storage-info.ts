/** What Settings shows about this origin's storage: usage, quota, persistence, eviction risk. */
import type { Lang } from '../../../i18n';

export interface StorageInfo {
  /** Bytes used and allowed (navigator.storage.estimate); null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** Whether the browser promised to keep the data; null when it has no such API. */
  persisted: boolean | null;
}

export async function readStorageInfo(): Promise<StorageInfo> {
  const manager = globalThis.navigator?.storage as Partial<StorageManager> | undefined;
  let usage: number | null = null;
  let quota: number | null = null;
  let persisted: boolean | null = null;
  try {
    if (typeof manager?.estimate === 'function') {
      const e = await manager.estimate();
      usage = typeof e.usage === 'number' ? e.usage : null;
      quota = typeof e.quota === 'number' ? e.quota : null;
    }
    if (typeof manager?.persisted === 'function') persisted = await manager.persisted();
  } catch {
    // Unavailable (private mode, old browser): shown as "unknown".
  }
  return { usage, quota, persisted };
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1,5 KB" (id) / "1.5 KB" (en); powers of 1024, one decimal from KB up. */
export function formatBytes(lang: Lang, bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
  return `${text} ${UNITS[unit]}`;
}

/**
 * Browsers known to evict site data by themselves: Safari on iPhone/iPad (and any browser there,
 * all WebKit) and Safari on macOS delete script-written storage after 7 days without a visit,
 * unless the app was added to the Home Screen.
 */
export function evictingBrowser(userAgent: string, maxTouchPoints = 0): 'ios' | 'safari' | null {
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  if (ios) return 'ios';
  const safari =
    /Safari\//.test(userAgent) && !/Chrome\/|Chromium\/|CriOS|FxiOS|Edg\/|Android/.test(userAgent);
  return safari ? 'safari' : null;
}
