/**
 * Cached labels for the innovations list. The shared formatters build an Intl object per call
 * (~0.5 ms each): fine for one screen, too slow for a list that re-renders on every keystroke.
 */
import { localToday } from '../../../domain/dates';
import { formatDate, formatNumber, type Lang } from '../../../i18n';

const numbers = new Map<string, string>();
const days = new Map<string, string>();

function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    // A bound on memory for a long session; the list needs a few hundred entries at most.
    if (cache.size >= 5000) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "2.026" (id) or "2,026" (en), as `formatNumber` writes it. */
export const countLabel = (lang: Lang, n: number): string =>
  cached(numbers, `${lang}|${n}`, () => formatNumber(lang, n));

/** A UTC timestamp as the facilitator's calendar day ("25 Nov 2026"); '' when unreadable. */
export function dayLabel(lang: Lang, timestamp: string): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return '';
  const day = localToday(at);
  return cached(days, `${lang}|${day}`, () => formatDate(lang, day));
}
