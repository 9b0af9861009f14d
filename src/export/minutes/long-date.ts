import type { Lang } from '../../i18n';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** `YYYY-MM-DD` → "Senin, 2 Maret 2026" (the form official minutes use); '' stays ''. */
export function formatLongDate(lang: Lang, iso: string, weekday = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d);
}

export function formatPrintedAt(lang: Lang, now: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(now);
}
