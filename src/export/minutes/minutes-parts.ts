/**
 * The lines of the minutes (notulen) that the printed page and the shared PDF both show, as pure
 * functions: one home for the unit line, the date-and-time line, the signing line and the file
 * name, so paper and PDF cannot drift apart.
 */
import { type ClinicIdentity, signingPlace } from '../../domain/clinic-identity';
import { formatTimeEntry } from '../../domain/date-entry';
import type { MentoringSession } from '../../domain/session';
import type { Unit } from '../../domain/unit';
import type { Lang, MessageKey, Params } from '../../i18n';
import { formatLongDate } from './long-date';

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The short form of a unit kind's label: the abbreviation a label carries in parentheses
 * ("Perangkat Daerah (OPD)" → "OPD"), else the label itself ("Kelurahan").
 */
export function shortKindLabel(label: string): string {
  const m = /\(([^()]+)\)\s*$/.exec(label);
  return (m?.[1] ?? label).trim();
}

/** "Dinas Kesehatan (OPD)"; the kind is left out when the name already says it ("Kelurahan Sui Jawi"). */
export function unitLine(unit: Pick<Unit, 'name' | 'kind'>, t: Translate): string {
  const kind = shortKindLabel(t(`kind.${unit.kind}`));
  const name = unit.name.trim();
  if (!kind || name.toLocaleLowerCase('id').includes(kind.toLocaleLowerCase('id'))) return name;
  return `${name} (${kind})`;
}

/**
 * The session's time of day ("pukul 09.30" / "at 09:30"), '' when none. Read defensively: the
 * `time` field arrives with another lane; until then sessions have none.
 */
export function sessionTime(session: MentoringSession, lang: Lang, t: Translate): string {
  // Sessions stored before `time` existed (or without one) have none: no time line.
  if (!session.time) return '';
  return t('minutes.time', { time: formatTimeEntry(session.time, lang === 'id' ? '.' : ':') });
}

/** "Senin, 2 Maret 2026, pukul 09.30"; '' when the session has no date. */
export function sessionWhen(session: MentoringSession, lang: Lang, t: Translate): string {
  const date = formatLongDate(lang, session.date);
  const time = sessionTime(session, lang, t);
  return [date, time].filter(Boolean).join(', ');
}

/** "Pontianak, 4 Desember 2026"; just the date when the clinic has no place. */
export function signingLine(identity: ClinicIdentity, isoDate: string, lang: Lang): string {
  const date = formatLongDate(lang, isoDate, false);
  const place = signingPlace(identity);
  return place && date ? `${place}, ${date}` : date;
}

/** Names as typed, without blanks or repeats (the same person entered twice signs once). */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names
    .map((n) => n.trim())
    .filter((n) => {
      const key = n.toLocaleLowerCase('id');
      if (!n || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The letterhead's lines: agency, clinic, region (each left out when empty). */
export function letterheadLines(identity: ClinicIdentity): string[] {
  return [identity.agencyName, identity.clinicName, identity.regionName].map((s) => s.trim()).filter(Boolean);
}

/** "notulen-dinas-kesehatan-2026-12-04.pdf": ASCII letters, digits and dashes only. */
export function minutesFileName(unitName: string, isoDate: string): string {
  const slug = unitName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(isoDate)?.[0] ?? '';
  return `${['notulen', slug, date].filter(Boolean).join('-')}.pdf`;
}
