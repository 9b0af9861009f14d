/**
 * A session's date with its time (*pukul*) when one is given: "4 Des 2026, pukul 09.30" in
 * Indonesian, "4 Dec 2026, 09:30" in English. Indonesian offices write the time with a dot.
 */
import { formatTimeEntry } from '../../../domain/date-entry';
import type { Lang, MessageKey, Params } from '../../../i18n';

type T = (key: MessageKey, params?: Params) => string;

export const CLOCK_SEPARATOR: Readonly<Record<Lang, '.' | ':'>> = { id: '.', en: ':' };

/** `dateText` (already formatted) followed by the time; sessions stored before `time` have none. */
export function withTime(t: T, lang: Lang, dateText: string, time: string | undefined): string {
  if (!time || !dateText) return dateText;
  return t('sessions.when', { date: dateText, time: formatTimeEntry(time, CLOCK_SEPARATOR[lang]) });
}
