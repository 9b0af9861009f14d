/** The innovations list's "changed on" label, in the UI language. */
import { localToday } from '../../../domain/dates';
import { formatDate, type Lang } from '../../../i18n';

/** A UTC timestamp as the facilitator's calendar day ("25 Nov 2026"); '' when unreadable. */
export function dayLabel(lang: Lang, timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return '';
  return formatDate(lang, localToday(at));
}
