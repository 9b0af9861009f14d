import { en } from './en';
import { id } from './id';
import type { Lang, MessageKey } from './keys';

export type { Lang, MessageKey } from './keys';

const catalogs: Record<Lang, Record<MessageKey, string>> = { id, en };

export type Params = Record<string, string | number>;

/** Looks up `key` in `lang` and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang][key] ?? catalogs.id[key];
  if (text === undefined) {
    if (import.meta.env?.DEV) throw new Error(`missing message ${key}`);
    return key;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}
/** `YYYY-MM-DD` → "25 Nov 2026" in the UI language; '' stays ''. */
export function formatDate(lang: Lang, isoDate: string): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric' }).format(
    d,
  );
}
export function formatTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }).format(date);
}
