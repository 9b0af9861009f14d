/**
 * Rows inside records (a session's attendees, an innovation's team, a stage's checklist) are
 * checked to their exact shape with length limits. Found: a 1 MB attendee id, a 1.5 MB name and
 * extra nested keys were stored.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TEAM, newInnovationFields, validateInnovation } from '../../src/domain/innovation';
import { type Attendee, MAX_ATTENDEES, newSessionFields, validateSession } from '../../src/domain/session';
import {
  type ChecklistItem,
  MAX_CHECKLIST_ITEMS,
  MAX_CHECKLIST_LABEL,
  validateStageProgress,
} from '../../src/domain/stage-progress';
import { MAX_ID_LENGTH, MAX_SHORT_TEXT } from '../../src/domain/validation';

const attendee = (n: number, over: object = {}): Attendee => ({
  id: `a-${n}`,
  name: `Peserta ${n}`,
  nip: '19850101 201001 1 001',
  position: 'Analis',
  role: 'Anggota',
  ...over,
});
const session = newSessionFields({ unitId: 'u1', date: '2026-03-01' });
const attendeesError = (rows: unknown[]) =>
  validateSession({ attendees: rows as Attendee[] }, session).map((e) => `${e.field}:${e.code}`);

describe('attendee rows', () => {
  it('accepts well-formed rows, up to the limit', () => {
    expect(attendeesError([attendee(1)])).toEqual([]);
    expect(attendeesError(Array.from({ length: MAX_ATTENDEES }, (_, i) => attendee(i)))).toEqual([]);
  });

  it.each([
    ['a 1 MB id', { id: 'x'.repeat(1_000_000) }, 'invalidList'],
    ['an id one past the limit', { id: 'x'.repeat(MAX_ID_LENGTH + 1) }, 'invalidList'],
    ['an empty id', { id: '' }, 'invalidList'],
    ['a 1.5 MB name', { name: 'n'.repeat(1_500_000) }, 'tooLong'],
    ['a name one past the limit', { name: 'n'.repeat(MAX_SHORT_TEXT + 1) }, 'tooLong'],
    ['a long position', { position: 'p'.repeat(MAX_SHORT_TEXT + 1) }, 'tooLong'],
    ['a long role', { role: 'r'.repeat(MAX_SHORT_TEXT + 1) }, 'tooLong'],
    ['a NIP with letters', { nip: '1985A' }, 'invalidNip'],
    ['a NIP of 19 digits', { nip: '1'.repeat(19) }, 'invalidNip'],
    ['a NIP padded with a megabyte of spaces', { nip: `1985${' '.repeat(1_000_000)}` }, 'invalidNip'],
    ['an extra key', { note: 'x' }, 'invalidList'],
    ['an extra nested key', { extra: { deep: { deeper: 'x'.repeat(1000) } } }, 'invalidList'],
    ['a name that is an object', { name: { first: 'A' } }, 'invalidList'],
    ['a NIP that is a number', { nip: 1985010120 }, 'invalidList'],
  ])('refuses %s', (_, over, code) => {
    expect(attendeesError([attendee(1), attendee(2, over)])).toEqual([`attendees:${code}`]);
  });

  it('refuses a missing key, a non-object row, repeated ids and too many rows', () => {
    const { role: _, ...noRole } = attendee(1);
    expect(attendeesError([noRole])).toEqual(['attendees:invalidList']);
    expect(attendeesError(['Ani'])).toEqual(['attendees:invalidList']);
    expect(attendeesError([null])).toEqual(['attendees:invalidList']);
    expect(attendeesError([attendee(1), attendee(1)])).toEqual(['attendees:invalidList']);
    expect(attendeesError(Array.from({ length: MAX_ATTENDEES + 1 }, (_, i) => attendee(i)))).toEqual([
      'attendees:tooMany',
    ]);
  });

  it('refuses a `__proto__` key as an extra key (JSON.parse makes it an own property)', () => {
    const row = JSON.parse(`{"id":"a","name":"A","nip":"","position":"","role":"","__proto__":{"x":1}}`);
    expect(attendeesError([row])).toEqual(['attendees:invalidList']);
  });
});

describe('team rows', () => {
  const inno = newInnovationFields({ unitId: 'u1', name: 'Layanan' });
  const member = (n: number, over: object = {}) => ({
    id: `t-${n}`,
    name: `Ani ${n}`,
    role: 'Ketua',
    ...over,
  });
  const teamError = (rows: unknown[]) =>
    validateInnovation({ team: rows as never }, inno).map((e) => `${e.field}:${e.code}`);

  it('accepts well-formed rows, up to the limit', () => {
    expect(teamError(Array.from({ length: MAX_TEAM }, (_, i) => member(i)))).toEqual([]);
  });

  it.each([
    ['a 1 MB id', { id: 'x'.repeat(1_000_000) }, 'invalidList'],
    ['a long name', { name: 'n'.repeat(MAX_SHORT_TEXT + 1) }, 'tooLong'],
    ['a long role', { role: 'r'.repeat(MAX_SHORT_TEXT + 1) }, 'tooLong'],
    ['an extra nested key', { extra: { deep: 'x' } }, 'invalidList'],
    ['a boolean name', { name: true }, 'invalidList'],
  ])('refuses %s', (_, over, code) => {
    expect(teamError([member(1, over)])).toEqual([`team:${code}`]);
  });

  it('refuses repeated ids and too many rows', () => {
    expect(teamError([member(1), member(1)])).toEqual(['team:invalidList']);
    expect(teamError(Array.from({ length: MAX_TEAM + 1 }, (_, i) => member(i)))).toEqual(['team:tooMany']);
  });

  it('refuses repeated other urusan (a list bounded by the choices)', () => {
    const errors = validateInnovation({ urusanLain: Array(10_000).fill('kesehatan') }, inno);
    expect(errors).toEqual([{ field: 'urusanLain', code: 'tooMany' }]);
  });
});

describe('checklist rows', () => {
  const item = (n: number, over: object = {}): ChecklistItem =>
    ({ id: `c-${n}`, label: `Langkah ${n}`, done: false, doneDate: '', ...over }) as ChecklistItem;
  const checklistError = (rows: unknown[]) =>
    validateStageProgress({ checklist: rows as ChecklistItem[] }).map((e) => `${e.field}:${e.code}`);

  it('accepts well-formed rows, up to the limit', () => {
    expect(checklistError([item(1, { done: true, doneDate: '2026-03-01' })])).toEqual([]);
    expect(checklistError(Array.from({ length: MAX_CHECKLIST_ITEMS }, (_, i) => item(i)))).toEqual([]);
  });

  it.each([
    ['a 1 MB id', { id: 'x'.repeat(1_000_000) }, 'invalidList'],
    ['a long label', { label: 'l'.repeat(MAX_CHECKLIST_LABEL + 1) }, 'tooLong'],
    ['a done that is a string', { done: 'yes' }, 'invalidList'],
    ['a bad done date', { doneDate: '2026-02-30' }, 'invalidList'],
    ['an extra nested key', { meta: { by: 'x' } }, 'invalidList'],
  ])('refuses %s', (_, over, code) => {
    expect(checklistError([item(1, over)])).toEqual([`checklist:${code}`]);
  });

  it('refuses repeated ids and too many rows', () => {
    expect(checklistError([item(1), item(1)])).toEqual(['checklist:invalidList']);
    expect(checklistError(Array.from({ length: MAX_CHECKLIST_ITEMS + 1 }, (_, i) => item(i)))).toEqual([
      'checklist:tooMany',
    ]);
  });
});

describe('references and id lists', () => {
  it('refuses a unitId or innovation id longer than an id', () => {
    expect(validateSession({ unitId: 'u'.repeat(MAX_ID_LENGTH + 1) }, session)).toEqual([
      { field: 'unitId', code: 'tooLong' },
    ]);
    expect(validateSession({ innovationIds: ['i'.repeat(1_000_000)] }, session)).toEqual([
      { field: 'innovationIds', code: 'invalidList' },
    ]);
    expect(validateStageProgress({ innovationId: 'i'.repeat(MAX_ID_LENGTH + 1) })).toEqual([
      { field: 'innovationId', code: 'tooLong' },
    ]);
  });
});
