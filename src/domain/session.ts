import type { BaseRecord, Editable, IsoDate } from './record';
import { STAGES, type StageKey } from './stages';
import {
  type Check,
  checks,
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

export function validateAttendee(a: Attendee): FieldError[] {
  const errors: FieldError[] = [];
  if (a.name.length > MAX_SHORT_TEXT) errors.push({ field: 'name', code: 'tooLong' });
  if (!isValidNip(a.nip)) errors.push({ field: 'nip', code: 'invalidNip' });
  if (a.position.length > MAX_SHORT_TEXT) errors.push({ field: 'position', code: 'tooLong' });
  if (a.role.length > MAX_SHORT_TEXT) errors.push({ field: 'role', code: 'tooLong' });
  return errors;
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

export function validateSession(patch: Partial<SessionFields>, current?: SessionFields): FieldError[] {
  const errors = validateFields(sessionSchema, patch);
  const merged = { ...current, ...patch };
  if (
    merged.date &&
    merged.nextVisitDate &&
    merged.nextVisitDate < merged.date &&
    ('date' in patch || 'nextVisitDate' in patch) &&
    errors.length === 0
  ) {
    errors.push({ field: 'nextVisitDate', code: 'dateOrder' });
  }
  return errors;
}
