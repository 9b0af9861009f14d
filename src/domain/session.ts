import type { BaseRecord, Editable, IsoDate } from './record';
import { STAGES, type StageKey } from './stages';
import { isBlank } from './text';
import {
  type Check,
  checks,
  type ErrorCode,
  type FieldError,
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  rowChecks,
  rowOf,
  type Schema,
  validateFields,
} from './validation';

export interface Attendee {
  id: string;
  name: string;
  /** Nomor Induk Pegawai: 18 digits for civil servants, '' for others. */
  nip: string;
  position: string;
  role: string;
}

/** A mentoring visit (sesi pendampingan) to one unit. */
export interface MentoringSession extends BaseRecord {
  date: IsoDate;
  /** When the visit began (*pukul*), `HH:MM` 24-hour, or '' when not given. */
  time: string;
  place: string;
  unitId: string;
  facilitators: string[];
  innovationIds: string[];
  stageFocus: StageKey | '';
  attendees: Attendee[];
  agenda: string;
  findings: string;
  recommendations: string;
  nextVisitDate: IsoDate;
}

export type SessionFields = Editable<MentoringSession>;

export function newSessionFields(
  partial: Partial<SessionFields> & Pick<SessionFields, 'unitId' | 'date'>,
): SessionFields {
  return {
    time: '',
    place: '',
    facilitators: [],
    innovationIds: [],
    stageFocus: '',
    attendees: [],
    agenda: '',
    findings: '',
    recommendations: '',
    nextVisitDate: '',
    ...partial,
  };
}

/** NIP is 18 digits; people type it with spaces (e.g. "19850101 201001 1 001"). */
export function normalizeNip(nip: string): string {
  return nip.replace(/\s+/g, '');
}
/** Room for 18 digits and the spaces people type between their groups, not for a padded megabyte. */
export const MAX_NIP_TYPED = 40;
/**
 * Refuses what can never become a NIP (letters, more than 18 digits). A partial NIP is stored,
 * so a half-typed number is never lost; `isCompleteNip` lets the form flag it.
 */
export function isValidNip(nip: string): boolean {
  return nip.length <= MAX_NIP_TYPED && /^\d{0,18}$/.test(normalizeNip(nip));
}
export function isCompleteNip(nip: string): boolean {
  const n = normalizeNip(nip);
  return n === '' || n.length === 18;
}

/**
 * Everything that keeps an attendee row from being saved, by field: a name (a row without one is
 * nobody on the attendance list) and a NIP that is '' or exactly 18 digits once the spaces people
 * type between its groups are dropped. The UI shows these on the row; `validateSession` refuses a
 * list whose new or changed rows have any.
 */
export function validateAttendee(a: Attendee): FieldError[] {
  const errors: FieldError[] = [];
  if (isBlank(a.name)) errors.push({ field: 'name', code: 'required' });
  else if (a.name.length > MAX_SHORT_TEXT) errors.push({ field: 'name', code: 'tooLong' });
  if (!isValidNip(a.nip)) errors.push({ field: 'nip', code: 'invalidNip' });
  else if (!isCompleteNip(a.nip)) errors.push({ field: 'nip', code: 'nipLength' });
  if (a.position.length > MAX_SHORT_TEXT) errors.push({ field: 'position', code: 'tooLong' });
  if (a.role.length > MAX_SHORT_TEXT) errors.push({ field: 'role', code: 'tooLong' });
  return errors;
}

const sameAttendee = (a: Attendee, b: Attendee) =>
  a.name === b.name && a.nip === b.nip && a.position === b.position && a.role === b.role;

/**
 * The first problem of a row that `next` adds or changes against `before`. Rows kept exactly as
 * they were stored are not checked: sessions saved before names and full NIPs were required (and
 * backups of them) still load, sync and take edits elsewhere in the list; the UI flags those rows,
 * and touching one means fixing it.
 */
export function changedAttendeeProblem(
  next: readonly Attendee[],
  before: readonly Attendee[] | undefined,
): ErrorCode | null {
  const old = new Map((Array.isArray(before) ? before : []).map((a) => [a?.id, a]));
  for (const row of next) {
    const was = old.get(row.id);
    if (was && typeof was === 'object' && sameAttendee(row, was)) continue;
    const problem = validateAttendee(row)[0];
    if (problem) return problem.code;
  }
  return null;
}

/** The most attendees one session lists (a large socialisation event, not a stadium). */
export const MAX_ATTENDEES = 500;

const nip: Check = (v) => (typeof v !== 'string' ? 'invalidList' : isValidNip(v) ? null : 'invalidNip');
/** An attendee row, exactly: the keys of `Attendee`, nothing else. */
const attendeeRow = rowOf({
  id: rowChecks.id,
  name: rowChecks.text(),
  nip,
  position: rowChecks.text(),
  role: rowChecks.text(),
} satisfies Record<keyof Attendee, Check>);

const longText = checks.optionalText(MAX_LONG_TEXT);
export const sessionSchema: Schema<SessionFields> = {
  date: checks.requiredDate(),
  time: checks.time(),
  place: checks.optionalText(),
  unitId: checks.id(),
  facilitators: checks.stringList(20),
  innovationIds: checks.idList(50),
  stageFocus: checks.choice(STAGES),
  attendees: checks.rows(attendeeRow, MAX_ATTENDEES),
  agenda: longText,
  findings: longText,
  recommendations: longText,
  nextVisitDate: checks.date(),
};

/** True when both dates are set and the next visit comes before the session itself. */
export function nextVisitBeforeSession(s: { date?: IsoDate; nextVisitDate?: IsoDate }): boolean {
  return !!s.date && !!s.nextVisitDate && s.nextVisitDate < s.date;
}

/**
 * A session date this far ahead is saved but flagged for a second look: visits are planned weeks
 * or a few months out, so a date more than a year away is nearly always a mistyped year (2027 for
 * 2026), and a year is the longest plan a facilitator makes (the annual IID cycle).
 */
export function isFarAhead(date: IsoDate, today: IsoDate): boolean {
  if (!date || !today) return false;
  const limit = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return date > limit;
}

export function validateSession(patch: Partial<SessionFields>, current?: SessionFields): FieldError[] {
  const errors = validateFields(sessionSchema, patch);
  const merged = { ...current, ...patch };
  const datesOk = !errors.some((e) => e.field === 'date' || e.field === 'nextVisitDate');
  if (datesOk && ('date' in patch || 'nextVisitDate' in patch) && nextVisitBeforeSession(merged)) {
    // On the field just changed; when both changed together, on the next visit.
    const field = 'nextVisitDate' in patch ? 'nextVisitDate' : 'date';
    errors.push({ field, code: 'nextVisitBeforeSession' });
  }
  if (patch.attendees !== undefined && !errors.some((e) => e.field === 'attendees')) {
    const code = changedAttendeeProblem(patch.attendees, current?.attendees);
    if (code) errors.push({ field: 'attendees', code });
  }
  return errors;
}
