/**
 * What the shared minutes PDF says, as plain strings in reading order: the same parts as the
 * printed page (ui/components/export/MinutesDocument.tsx), built from the same pieces
 * (minutes-parts.ts). Pure, so a test can read every word without parsing a PDF.
 */
import type { ClinicIdentity } from '../../domain/clinic-identity';
import type { MinutesData } from '../../domain/queries/export';
import { formatDate, type Lang } from '../../i18n';
import { formatLongDate, formatPrintedAt } from './long-date';
import {
  distinctNames,
  letterheadLines,
  sessionWhen,
  signingLine,
  type Translate,
  unitLine,
} from './minutes-parts';

/** Empty rows when no attendee was typed in (the printed page has as many). */
export const BLANK_ATTENDEE_ROWS = 8;

export interface PdfTable {
  head: string[];
  rows: string[][];
  /** Relative column widths (they are scaled to the page's text width). */
  widths: number[];
}

export interface PdfSignature {
  lines: string[];
  name: string;
  withNip: boolean;
}

export interface MinutesContent {
  logo: string;
  letterhead: string[];
  title: string;
  facts: [string, string][];
  attendeesTitle: string;
  attendees: PdfTable;
  attendeesNote: string;
  sections: { title: string; text: string }[];
  followUpsTitle: string;
  followUps: PdfTable | null;
  followUpsEmpty: string;
  nextVisitTitle: string;
  nextVisit: string;
  /** Left: the unit head's block; right: the place-and-date line over the facilitators' blocks. */
  signatures: { left: PdfSignature; date: string; right: PdfSignature[] };
  nipLabel: string;
  /** Under a signature with no name typed: "(Nama jelas)". */
  blankName: string;
  printedAt: string;
  /** The share sheet's title ("Notulen Dinas Kesehatan, 4 Desember 2026"). */
  shareTitle: string;
}

export function minutesContent(
  data: MinutesData,
  identity: ClinicIdentity,
  lang: Lang,
  t: Translate,
  now: Date,
): MinutesContent {
  const { session, unit, innovations, followUps } = data;
  const none = t('export.print.none');
  const facilitators = distinctNames(session.facilitators);
  const heads = letterheadLines(identity);
  const attendees = session.attendees;
  return {
    logo: identity.logo,
    letterhead: heads.length
      ? heads
      : [`${t('export.print.org')} · ${t('export.print.orgTagline')}`, unit.parentAgency.trim()].filter(
          Boolean,
        ),
    title: t('minutes.title'),
    facts: [
      [t('minutes.unit'), unitLine(unit, t)],
      [t('minutes.date'), sessionWhen(session, lang, t) || none],
      [t('minutes.place'), session.place.trim() || none],
      [t('minutes.facilitators'), facilitators.join('; ') || none],
      [t('minutes.innovations'), innovations.map((i) => i.name).join('; ') || none],
      [t('minutes.stageFocus'), session.stageFocus ? t(`stage.${session.stageFocus}`) : none],
    ],
    attendeesTitle: `1. ${t('minutes.attendees')}`,
    attendees: {
      head: [
        t('export.print.no'),
        t('export.col.name'),
        t('export.col.position'),
        t('export.col.nip'),
        t('export.col.role'),
      ],
      // Numbered blank rows when nobody was typed in, as on paper: the list is filled in by hand.
      rows: attendees.length
        ? attendees.map((a, n) => [String(n + 1), a.name, a.position, a.nip, a.role])
        : Array.from({ length: BLANK_ATTENDEE_ROWS }, (_, n) => [String(n + 1), '', '', '', '']),
      widths: [7, 46, 49, 33, 29],
    },
    attendeesNote: attendees.length
      ? t('minutes.attendees.count', { n: attendees.length })
      : t('minutes.attendees.blank'),
    sections: [
      { title: `2. ${t('minutes.agenda')}`, text: session.agenda.trim() || none },
      { title: `3. ${t('minutes.findings')}`, text: session.findings.trim() || none },
      { title: `4. ${t('minutes.recommendations')}`, text: session.recommendations.trim() || none },
    ],
    followUpsTitle: `5. ${t('minutes.followUps')}`,
    followUps: followUps.length
      ? {
          head: [
            t('export.print.no'),
            t('minutes.followUps.what'),
            t('minutes.followUps.who'),
            t('minutes.followUps.due'),
            t('minutes.followUps.status'),
          ],
          rows: followUps.map((f, n) => {
            const innovation = f.innovationId ? data.innovationNames.get(f.innovationId) : undefined;
            return [
              String(n + 1),
              innovation ? `${f.text}\n${innovation}` : f.text,
              f.owner || none,
              formatDate(lang, f.dueDate) || none,
              f.status === 'done' && f.doneDate
                ? t('minutes.followUps.doneOn', { date: formatDate(lang, f.doneDate) })
                : t(`actionStatus.${f.status}`),
            ];
          }),
          widths: [7, 62, 36, 22, 26],
        }
      : null,
    followUpsEmpty: t('minutes.followUps.none'),
    nextVisitTitle: `6. ${t('minutes.nextVisit')}`,
    nextVisit: session.nextVisitDate
      ? formatLongDate(lang, session.nextVisitDate)
      : t('minutes.nextVisit.none'),
    signatures: {
      left: {
        lines: [t('minutes.sign.acknowledged'), t('minutes.sign.unitHead', { unit: unit.name })],
        name: '',
        withNip: true,
      },
      date: signingLine(identity, session.date, lang),
      right: (facilitators.length ? facilitators : ['']).map((name) => ({
        lines: [t('minutes.sign.facilitator')],
        name,
        withNip: false,
      })),
    },
    nipLabel: t('minutes.sign.nip'),
    blankName: `(${t('minutes.sign.name')})`,
    printedAt: t('export.print.printedAt', { date: formatPrintedAt(lang, now) }),
    shareTitle: t('minutes.share.title', {
      unit: unit.name,
      date: formatLongDate(lang, session.date, false),
    }),
  };
}
