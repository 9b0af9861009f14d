/** Pieces shared by the printable documents: toolbar, letterhead, key/value table, text blocks. */
import type { ComponentChildren } from 'preact';
import { formatPrintedAt } from '../../../export/minutes/long-date';
import { useLang, useT } from '../../hooks/use-t';
import { BackLink } from '../BackLink';

export { formatLongDate, formatPrintedAt } from '../../../export/minutes/long-date';

/** Screen-only bar above the document: the way back and the print button. */
export function PrintToolbar({
  back,
  backLabel,
  children,
}: {
  back: string;
  backLabel: string;
  /** More actions after the print button (the minutes' "Bagikan PDF"). */
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <div class="print-toolbar no-print">
      <BackLink parent={back} class="btn btn--secondary">
        ← {backLabel}
      </BackLink>
      <button type="button" class="btn" onClick={() => window.print()} data-testid="print-button">
        {t('export.print.button')}
      </button>
      {children}
      <span class="muted print-toolbar__hint">{t('export.print.hint')}</span>
    </div>
  );
}

/**
 * The document's head. With the clinic's identity (`lines`: agency, clinic, region; `logo`) it is
 * the clinic's letterhead; without one, the app's name and the unit's parent agency as before.
 */
export function Letterhead({
  agency,
  title,
  lines = [],
  logo = '',
}: {
  agency: string;
  title: string;
  lines?: string[];
  logo?: string;
}) {
  const t = useT();
  return (
    <header
      class={logo ? 'doc__head doc__head--logo' : 'doc__head'}
      data-testid={lines.length || logo ? 'clinic-letterhead' : undefined}
    >
      {logo && <img class="doc__logo" src={logo} alt="" />}
      <div class="doc__head-text">
        {lines.length ? (
          lines.map((line, n) => (
            <p key={n} class={n === 0 ? 'doc__org' : 'doc__agency'}>
              {line}
            </p>
          ))
        ) : (
          <>
            <p class="doc__org">
              {t('export.print.org')} · {t('export.print.orgTagline')}
            </p>
            {agency && <p class="doc__agency">{agency}</p>}
          </>
        )}
      </div>
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
