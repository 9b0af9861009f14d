import { idCore } from './id/core';
import type { Lang, MessageKey } from './keys';

export type { Lang, MessageKey } from './keys';

type Catalog = Record<MessageKey, string>;

/**
 * Indonesian, the default, starts with the first screen's messages (id/core.ts); the whole
 * catalogue and English are chunks of their own. `loadLang(lang)` fetches a whole language once:
 * the start (main.tsx) awaits it for a stored English, every lazy page awaits it before it
 * renders (ui/lazy-page.tsx) and `setLang` before switching, so `translate` stays synchronous.
 */
const catalogs: { id: Partial<Catalog>; en?: Catalog } = { id: idCore };
const complete: Partial<Record<Lang, boolean>> = {};
const loaders: Record<Lang, () => Promise<Catalog>> = {
  id: () => import('./id').then((m) => m.id),
  en: () =>
    import('./en').then((m) => {
      plurals = m.expandPlurals;
      return m.en;
    }),
};
const loading: Partial<Record<Lang, Promise<void>>> = {};
/** Counts with plural forms (plural.ts): only English has them, and its chunk brings the parser. */
let plurals: ((lang: Lang, text: string, params: Params) => string) | undefined;

/** Fetches all of `lang`'s messages once; later calls resolve at once. A failed fetch can be retried. */
export function loadLang(lang: Lang): Promise<void> {
  if (complete[lang]) return Promise.resolve();
  const pending =
    loading[lang] ??
    loaders[lang]().then(
      (catalog) => {
        catalogs[lang] = catalog;
        complete[lang] = true;
      },
      (error: unknown) => {
        delete loading[lang];
        throw error;
      },
    );
  loading[lang] = pending;
  return pending;
}

export type Params = Record<string, string | number>;

/** Looks up `key` in `lang` and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang]?.[key] ?? catalogs.id[key];
  if (text === undefined) {
    // Outside the first screen's messages before loadLang: a page that skipped lazyPage.
    if (import.meta.env?.DEV) throw new Error(`missing message ${key} (not loaded: see loadLang)`);
    return key;
  }
  if (!params) return text;
  return (plurals ? plurals(lang, text, params) : text).replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
// One formatter of each kind per language, made on first use: building an Intl formatter per
// call showed in the dashboard's profile and in long lists (npm run bench -- --profile).
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formats.get(key) as F | undefined;
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

export function formatNumber(lang: Lang, n: number): string {
  return formatter(`number|${lang}`, () => new Intl.NumberFormat(LOCALES[lang])).format(n);
}
/** `YYYY-MM-DD` → "25 Nov 2026" in the UI language; '' stays ''. */
export function formatDate(lang: Lang, isoDate: string): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00`);
  if (Number.isNaN(d.getTime())) return isoDate;
  const day = () =>
    new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric' });
  return formatter(`date|${lang}`, day).format(d);
}
export function formatTime(lang: Lang, date: Date): string {
  const time = () => new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' });
  return formatter(`time|${lang}`, time).format(date);
}
