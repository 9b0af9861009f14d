/**
 * Issue 13's date and attendee rules, one home each in src/domain: the next visit before the
 * session, a follow-up due before its session, a session date far ahead (a warning), an innovation
 * implemented before its trial (stored, profile not complete), and attendees without a name or
 * with a NIP that is not 18 digits (refused when new or changed, tolerated when stored before).
 */
import { describe, expect, it } from 'vitest';
import { checkFollowUpDue, dueBeforeSession } from '../../src/domain/action-item';
import { innovationCompleteness } from '../../src/domain/completeness';
import {
  implementationBeforeTrial,
  innovationDateProblems,
  newInnovationFields,
  validateInnovation,
} from '../../src/domain/innovation';
import {
  type Attendee,
  changedAttendeeProblem,
  isFarAhead,
  newSessionFields,
  validateSession,
} from '../../src/domain/session';
import { completeProfile } from '../helpers/profiles';

const attendee = (over: Partial<Attendee> = {}): Attendee => ({
  id: 'a-1',
  name: 'Ibu Sari',
  nip: '198001012005011001',
  position: 'Analis',
  role: 'Peserta',
  ...over,
});
const session = newSessionFields({ unitId: 'u1', date: '2026-12-04', nextVisitDate: '2027-01-10' });

describe('next visit against the session date', () => {
  it('puts the clash on the field just changed: the next visit, or the session date', () => {
    expect(validateSession({ nextVisitDate: '2026-12-03' }, session)).toEqual([
      { field: 'nextVisitDate', code: 'nextVisitBeforeSession' },
    ]);
    expect(validateSession({ date: '2027-02-01' }, session)).toEqual([
      { field: 'date', code: 'nextVisitBeforeSession' },
    ]);
    expect(validateSession({ date: '2027-02-01', nextVisitDate: '2027-01-31' }, session)).toEqual([
      { field: 'nextVisitDate', code: 'nextVisitBeforeSession' },
    ]);
  });

  it('accepts the same day, an empty next visit, and edits of other fields of an old bad pair', () => {
    expect(validateSession({ nextVisitDate: '2026-12-04' }, session)).toEqual([]);
    expect(validateSession({ nextVisitDate: '' }, session)).toEqual([]);
    expect(validateSession({ place: 'Aula' }, { ...session, nextVisitDate: '2026-01-01' })).toEqual([]);
  });
});

describe('a session date far ahead (a warning, never an error)', () => {
  it('flags a date more than a year after today, not one within the year', () => {
    expect(isFarAhead('2027-12-08', '2026-12-08')).toBe(false);
    expect(isFarAhead('2027-12-09', '2026-12-08')).toBe(true);
    expect(isFarAhead('2036-12-04', '2026-12-08')).toBe(true);
    expect(isFarAhead('2026-01-01', '2026-12-08')).toBe(false);
    expect(isFarAhead('', '2026-12-08')).toBe(false);
  });

  it('is not a validation error: the date saves', () => {
    expect(validateSession({ date: '2036-12-04', nextVisitDate: '' }, session)).toEqual([]);
  });
});

describe('a follow-up due before its session', () => {
  it('is refused on the due date; the same day and no due date are fine', () => {
    expect(dueBeforeSession('2026-12-03', '2026-12-04')).toBe(true);
    expect(checkFollowUpDue('2026-12-03', '2026-12-04')).toEqual({
      field: 'dueDate',
      code: 'dueBeforeSession',
    });
    expect(checkFollowUpDue('2026-12-04', '2026-12-04')).toBeNull();
    expect(checkFollowUpDue('', '2026-12-04')).toBeNull();
    // A follow-up made outside a session has no session date to be before.
    expect(checkFollowUpDue('2020-01-01', undefined)).toBeNull();
  });
});

describe('implementation before trial in the IID profile', () => {
  const profile = newInnovationFields({
    unitId: 'u1',
    name: 'SI-ANTRE',
    ...completeProfile,
    tahapan: 'penerapan',
    trialDate: '2026-05-01',
    implementationDate: '2026-06-01',
  });

  it('is stored (never refused, so nothing typed is lost) and flagged on the implementation date', () => {
    expect(validateInnovation({ implementationDate: '2026-04-01' }, profile)).toEqual([]);
    const bad = { ...profile, implementationDate: '2026-04-01' };
    expect(implementationBeforeTrial(bad)).toBe(true);
    expect(innovationDateProblems(bad)).toEqual([
      { field: 'implementationDate', code: 'implementationBeforeTrial' },
    ]);
    expect(innovationDateProblems(profile)).toEqual([]);
    expect(innovationDateProblems({ trialDate: '2026-05-01', implementationDate: '' })).toEqual([]);
  });

  it('keeps the profile not complete while the pair is wrong; a right pair changes no totals', () => {
    expect(innovationCompleteness(profile)).toMatchObject({ missing: [], done: 12, total: 12 });
    const bad = innovationCompleteness({ ...profile, implementationDate: '2026-04-01' });
    expect(bad.missing).toEqual(['dateOrder']);
    expect(bad.done).toBeLessThan(bad.total);
  });
});

describe('attendees: a name and an 18-digit NIP (or none)', () => {
  const check = (rows: Attendee[], before?: Attendee[]) =>
    validateSession({ attendees: rows }, before ? { ...session, attendees: before } : undefined);

  it.each([
    ['a 17-digit NIP', { nip: '1'.repeat(17) }, 'nipLength'],
    ['a NIP with letters', { nip: '19800101200501100A' }, 'invalidNip'],
    ['a 19-digit NIP', { nip: '1'.repeat(19) }, 'invalidNip'],
    ['a nameless attendee', { name: '' }, 'required'],
    ['a name of spaces and a zero-width space', { name: ' \u200B ' }, 'required'],
  ])('refuses %s', (_, over, code) => {
    expect(check([attendee(over)])).toEqual([{ field: 'attendees', code }]);
    expect(check([attendee(over)], [])).toEqual([{ field: 'attendees', code }]);
  });

  it('accepts 18 digits typed with the spaces of an ID card, and no NIP at all', () => {
    expect(check([attendee({ nip: '19800101 200501 1 001' })])).toEqual([]);
    expect(check([attendee({ nip: '' })])).toEqual([]);
  });

  it('tolerates a row stored before the rule, unchanged, while other rows are edited', () => {
    const old = attendee({ id: 'old', nip: '1'.repeat(17) });
    expect(check([old, attendee({ id: 'new' })], [old])).toEqual([]);
    expect(changedAttendeeProblem([old], [old])).toBeNull();
    // Touching the old row means fixing it.
    expect(check([{ ...old, role: 'Ketua' }], [old])).toEqual([{ field: 'attendees', code: 'nipLength' }]);
    // A new row with the same bad NIP is refused.
    expect(check([old, attendee({ id: 'new', nip: '1'.repeat(17) })], [old])).toEqual([
      { field: 'attendees', code: 'nipLength' },
    ]);
  });

  it('tolerates a broken stored list (not an array) without crashing', () => {
    const current = { ...session, attendees: 'x' as never };
    expect(validateSession({ attendees: [attendee()] }, current)).toEqual([]);
  });
});
