/**
 * Dates and times as people type them, independent of the browser's language: a date is
 * day–month–year ("4-12-2026", "04/12/2026", "4.12.2026"), as Indonesian offices write it, never
 * month-first; a time is 24-hour ("9.30", "09:30"). Stored values stay `YYYY-MM-DD` and `HH:MM`.
 * Pure functions: the UI maps the error codes to messages.
 */
import { isOptionalDate, isOptionalTime } from './validation';

/** Years a typed date may carry: a 3-digit or far-off year is a slip of the finger, not a visit. */
export const MIN_ENTRY_YEAR = 1900;
export const MAX_ENTRY_YEAR = 2100;
/** More than anyone types for a date or a time; longer input is refused without a regex run. */
const MAX_ENTRY_LENGTH = 40;

/**
 * `ok`: a stored value ('' when the entry is empty); `format`: not (yet) day-month-year or
 * hour-minute (partial, a 2-digit year, letters); `invalid`: well formed but not on the calendar
 * or the clock (31-02-2026, 25.00).
 */
export type EntryResult = { ok: true; value: string } | { ok: false; problem: 'format' | 'invalid' };

const DMY = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{4})$/;
const DMY_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
/** `YYYY-MM-DD` pasted from elsewhere: a 4-digit first group can only be a year. */
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad2 = (n: string | number) => String(n).padStart(2, '0');

/** A typed date → `YYYY-MM-DD`. Two-digit years are refused: "26" could be 1926 or 2026. */
export function parseDateEntry(text: string): EntryResult {
  const s = text.trim();
  if (s === '') return { ok: true, value: '' };
  if (s.length > MAX_ENTRY_LENGTH) return { ok: false, problem: 'format' };
  let d: string;
  let m: string;
  let y: string;
  const dmy = DMY.exec(s) ?? DMY_DIGITS.exec(s);
  const iso = dmy ? null : ISO.exec(s);
  if (dmy) [, d = '', m = '', y = ''] = dmy;
  else if (iso) [, y = '', m = '', d = ''] = iso;
  else return { ok: false, problem: 'format' };
  const year = Number(y);
  if (year < MIN_ENTRY_YEAR || year > MAX_ENTRY_YEAR) return { ok: false, problem: 'invalid' };
  const value = `${y}-${pad2(m)}-${pad2(d)}`;
  return isOptionalDate(value) ? { ok: true, value } : { ok: false, problem: 'invalid' };
}

/** `YYYY-MM-DD` → "04-12-2026", what the date field shows; anything else is shown as it is. */
export function formatDateEntry(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

const HM = /^(\d{1,2})[.:h ]+(\d{2})$/;
const HM_DIGITS = /^(\d{2})(\d{2})$/;

/** A typed time ("9.30", "09:30", "0930") → `HH:MM`; '' stays ''. */
export function parseTimeEntry(text: string): EntryResult {
  const s = text.trim().toLowerCase();
  if (s === '') return { ok: true, value: '' };
  if (s.length > MAX_ENTRY_LENGTH) return { ok: false, problem: 'format' };
  const m = HM.exec(s) ?? HM_DIGITS.exec(s);
  if (!m) return { ok: false, problem: 'format' };
  const value = `${pad2(m[1] ?? '')}:${m[2] ?? ''}`;
  return isOptionalTime(value) ? { ok: true, value } : { ok: false, problem: 'invalid' };
}

/** `HH:MM` → "09.30" (Indonesian) or "09:30" (English); '' stays ''. */
export function formatTimeEntry(time: string, separator: '.' | ':'): string {
  return isOptionalTime(time) ? time.replace(':', separator) : time;
}
