/** Pieces shared by the printable documents: toolbar, letterhead, key/value table, text blocks. */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../i18n';
import { useLang, useT } from '../../hooks/use-t';
import { BackLink } from '../BackLink';

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

/** Screen-only bar above the document: the way back and the print button. */
export function PrintToolbar({ back, backLabel }: { back: string; backLabel: string }) {
  const t = useT();
  return (
    <div class="print-toolbar no-print">
      <BackLink parent={back} class="btn btn--secondary">
        ← {backLabel}
      </BackLink>
      <button type="button" class="btn" onClick={() => window.print()} data-testid="print-button">
        {t('export.print.button')}
      </button>
      <span class="muted print-toolbar__hint">{t('export.print.hint')}</span>
    </div>
  );
}

export function Letterhead({ agency, title }: { agency: string; title: string }) {
  const t = useT();
  return (
    <header class="doc__head">
      <p class="doc__org">
        {t('export.print.org')} · {t('export.print.orgTagline')}
      </p>
      {agency && <p class="doc__agency">{agency}</p>}
      <h1 class="doc__title">{title}</h1>
    </header>
  );
}

export function Facts({ rows }: { rows: [string, ComponentChildren][] }) {
  return (
    <table class="doc__facts">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A numbered section whose heading stays with its first lines on paper. */
export function DocSection({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="doc__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Typed text with its line breaks kept; a dash when empty. */
export function Prose({ text }: { text: string }) {
  const t = useT();
  return text.trim() ? <p class="doc__prose">{text}</p> : <p class="doc__empty">{t('export.print.none')}</p>;
}

export function PrintedAt({ now }: { now: Date }) {
  const t = useT();
  const lang = useLang();
  return <p class="doc__printed">{t('export.print.printedAt', { date: formatPrintedAt(lang, now) })}</p>;
}
