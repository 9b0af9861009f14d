import type { BaseRecord, Editable, IsoDate } from './record';
import { STAGES, type StageKey } from './stages';
import { checks, type FieldError, MAX_LONG_TEXT, type Schema, validateFields } from './validation';

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
/**
 * Refuses what can never become a NIP (letters, more than 18 digits). A partial NIP is stored,
 * so a half-typed number is never lost; `isCompleteNip` lets the form flag it.
 */
export function isValidNip(nip: string): boolean {
  return /^\d{0,18}$/.test(normalizeNip(nip));
}
export function isCompleteNip(nip: string): boolean {
  const n = normalizeNip(nip);
  return n === '' || n.length === 18;
}

export function validateAttendee(a: Attendee): FieldError[] {
  const errors: FieldError[] = [];
  if (a.name.length > 200) errors.push({ field: 'name', code: 'tooLong' });
  if (!isValidNip(a.nip)) errors.push({ field: 'nip', code: 'invalidNip' });
  if (a.position.length > 200) errors.push({ field: 'position', code: 'tooLong' });
  if (a.role.length > 200) errors.push({ field: 'role', code: 'tooLong' });
  return errors;
}

const isAttendee = (row: unknown): boolean => {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    ['id', 'name', 'nip', 'position', 'role'].every((k) => typeof r[k] === 'string') &&
    validateAttendee(r as unknown as Attendee).length === 0
  );
};

const longText = checks.optionalText(MAX_LONG_TEXT);
export const sessionSchema: Schema<SessionFields> = {
  date: checks.requiredDate(),
  place: checks.optionalText(),
  unitId: checks.requiredText(),
  facilitators: checks.stringList(20),
  innovationIds: checks.stringList(50),
  stageFocus: checks.choice(STAGES),
  attendees: checks.rows(isAttendee, 300),
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
