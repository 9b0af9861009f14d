import { describe, expect, it } from 'vitest';
import { newActionItemFields, validateActionItem } from '../../src/domain/action-item';
import { newInnovationFields, validateInnovation } from '../../src/domain/innovation';
import {
  type Attendee,
  isCompleteNip,
  isValidNip,
  newSessionFields,
  normalizeNip,
  validateAttendee,
  validateSession,
} from '../../src/domain/session';
import { defaultStageProgress, validateStageProgress } from '../../src/domain/stage-progress';
import { validateTarget } from '../../src/domain/target';
import { newUnitFields, validateNewUnit, validateUnit } from '../../src/domain/unit';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('validateUnit', () => {
  const good = newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd', contactPhone: '(0266) 221-301' });

  it('accepts a complete unit', () => {
    expect(validateNewUnit(good)).toEqual([]);
    expect(validateUnit(good)).toEqual([]);
  });

  it.each([
    [{ name: ' ' }, 'name', 'required'],
    [{ name: 'x'.repeat(201) }, 'name', 'tooLong'],
    [{ kind: 'desa' }, 'kind', 'invalidChoice'],
    [{ group: 3 }, 'group', 'invalidChoice'],
    [{ contactPhone: '0812-abc' }, 'contactPhone', 'invalidNumber'],
    [{ contactPerson: 'x'.repeat(201) }, 'contactPerson', 'tooLong'],
  ])('rejects %j', (patch, field, code) => {
    expect(validateUnit(patch as never)).toEqual([{ field, code }]);
  });

  it('reports missing fields on create', () => {
    const { parentAgency: _, ...partial } = good;
    expect(validateNewUnit(partial as never)).toEqual([{ field: 'parentAgency', code: 'required' }]);
  });
});

describe('validateInnovation', () => {
  const good = newInnovationFields({
    unitId: 'u1',
    name: 'SI-ANTRE',
    tahapan: 'penerapan',
    urusan: 'Kesehatan',
    urusanLain: ['Komunikasi dan Informatika'],
    trialDate: '2026-01-10',
    implementationDate: '2026-03-01',
    team: [{ id: 't1', name: 'Ani', role: 'Ketua' }],
  });

  it('accepts a full profile and a bare draft', () => {
    expect(validateInnovation(good)).toEqual([]);
    expect(validateInnovation(newInnovationFields({ unitId: 'u1', name: 'Draf' }))).toEqual([]);
  });

  it.each([
    [{ name: '' }, 'name', 'required'],
    [{ tahapan: 'selesai' }, 'tahapan', 'invalidChoice'],
    [{ jenis: 'analog' }, 'jenis', 'invalidChoice'],
    [{ urusan: 'Luar Angkasa' }, 'urusan', 'invalidChoice'],
    [{ urusanLain: ['Luar Angkasa'] }, 'urusanLain', 'invalidList'],
    [{ trialDate: '2026-02-30' }, 'trialDate', 'invalidDate'],
    [{ team: [{ id: 't1', name: 'Ani' }] }, 'team', 'invalidList'],
    [{ currentStage: '' }, 'currentStage', 'invalidChoice'],
  ])('rejects %j', (patch, field, code) => {
    expect(validateInnovation(patch as never, good)).toEqual([{ field, code }]);
  });

  it('stores an implementation date before the trial date (flagged by completeness, not refused)', () => {
    expect(validateInnovation({ implementationDate: '2026-01-01' }, good)).toEqual([]);
    expect(validateInnovation({ trialDate: '2026-04-01' }, good)).toEqual([]);
  });
});

describe('validateStageProgress', () => {
  const good = {
    ...defaultStageProgress('i1', 'design', ids()),
    startDate: '2026-01-01',
    endDate: '2026-02-01',
  };

  it('accepts the default rows and a dated one', () => {
    expect(validateStageProgress(defaultStageProgress('i1', 'drumUp', ids()))).toEqual([]);
    expect(validateStageProgress(good)).toEqual([]);
  });

  it.each([
    [{ stage: 'dream' }, 'stage', 'invalidChoice'],
    [{ status: 'paused' }, 'status', 'invalidChoice'],
    [{ checklist: [{ id: 'c', label: 'x', done: 'yes', doneDate: '' }] }, 'checklist', 'invalidList'],
    [
      { checklist: [{ id: 'c', label: 'x', done: true, doneDate: '2026-02-30' }] },
      'checklist',
      'invalidList',
    ],
    [{ startDate: '01-01-2026' }, 'startDate', 'invalidDate'],
    [{ endDate: '2025-12-31' }, 'endDate', 'dateOrder'],
  ])('rejects %j', (patch, field, code) => {
    expect(validateStageProgress(patch as never, good)).toEqual([{ field, code }]);
  });
});

describe('sessions and attendees', () => {
  const attendee: Attendee = {
    id: 'a',
    name: 'Budi',
    nip: '19850101 201001 1 001',
    position: 'Kasi',
    role: 'Ketua',
  };
  const good = newSessionFields({
    unitId: 'u1',
    date: '2026-03-01',
    nextVisitDate: '2026-03-20',
    attendees: [attendee],
  });

  it('normalizes and checks NIPs', () => {
    expect(normalizeNip(' 19850101 201001 1 001 ')).toBe('198501012010011001');
    expect(isValidNip(attendee.nip)).toBe(true);
    expect(isValidNip('1985')).toBe(true);
    expect(isValidNip('1985010120100110011')).toBe(false);
    expect(isValidNip('19850101A')).toBe(false);
    expect(isCompleteNip('')).toBe(true);
    expect(isCompleteNip('1985')).toBe(false);
    expect(isCompleteNip(attendee.nip)).toBe(true);
  });

  it('validates attendees', () => {
    expect(validateAttendee(attendee)).toEqual([]);
    expect(validateAttendee({ ...attendee, nip: 'abc' })).toEqual([{ field: 'nip', code: 'invalidNip' }]);
    expect(validateAttendee({ ...attendee, nip: '1985' })).toEqual([{ field: 'nip', code: 'nipLength' }]);
    expect(validateAttendee({ ...attendee, name: ' ' })).toEqual([{ field: 'name', code: 'required' }]);
    expect(validateAttendee({ ...attendee, name: 'x'.repeat(201) })).toEqual([
      { field: 'name', code: 'tooLong' },
    ]);
  });

  it('accepts a session and rejects bad fields', () => {
    expect(validateSession(good)).toEqual([]);
    expect(validateSession({ date: '' }, good)).toEqual([{ field: 'date', code: 'required' }]);
    expect(validateSession({ date: '2026-02-31' }, good)).toEqual([{ field: 'date', code: 'invalidDate' }]);
    expect(validateSession({ stageFocus: 'dream' as never }, good)).toEqual([
      { field: 'stageFocus', code: 'invalidChoice' },
    ]);
    expect(validateSession({ attendees: [{ ...attendee, nip: 'NIP' }] }, good)).toEqual([
      { field: 'attendees', code: 'invalidNip' },
    ]);
    expect(validateSession({ facilitators: [1 as never] }, good)).toEqual([
      { field: 'facilitators', code: 'invalidList' },
    ]);
    expect(validateSession({ nextVisitDate: '2026-02-01' }, good)).toEqual([
      { field: 'nextVisitDate', code: 'nextVisitBeforeSession' },
    ]);
  });
});

describe('validateActionItem', () => {
  const good = newActionItemFields({ unitId: 'u1', text: 'Menyusun SK tim', dueDate: '2026-04-01' });

  it('accepts a follow-up and rejects bad fields', () => {
    expect(validateActionItem(good)).toEqual([]);
    expect(validateActionItem({ text: '' })).toEqual([{ field: 'text', code: 'required' }]);
    expect(validateActionItem({ text: 'x'.repeat(1001) })).toEqual([{ field: 'text', code: 'tooLong' }]);
    expect(validateActionItem({ status: 'late' as never })).toEqual([
      { field: 'status', code: 'invalidChoice' },
    ]);
    expect(validateActionItem({ dueDate: '2026-04-31' })).toEqual([
      { field: 'dueDate', code: 'invalidDate' },
    ]);
    expect(validateActionItem({ unitId: '' })).toEqual([{ field: 'unitId', code: 'required' }]);
  });
});

describe('validateTarget', () => {
  it('accepts a target and rejects bad years and numbers', () => {
    expect(validateTarget({ year: 2026, proposalTarget: 100, onePerAgency: true, notes: '' })).toEqual([]);
    expect(validateTarget({ proposalTarget: 0 })).toEqual([]);
    expect(validateTarget({ year: 1999 })).toEqual([{ field: 'year', code: 'invalidYear' }]);
    expect(validateTarget({ year: 2026.5 })).toEqual([{ field: 'year', code: 'invalidYear' }]);
    expect(validateTarget({ proposalTarget: -1 })).toEqual([
      { field: 'proposalTarget', code: 'invalidNumber' },
    ]);
    expect(validateTarget({ proposalTarget: 1.5 })).toEqual([
      { field: 'proposalTarget', code: 'invalidNumber' },
    ]);
    expect(validateTarget({ proposalTarget: Number.NaN })).toEqual([
      { field: 'proposalTarget', code: 'invalidNumber' },
    ]);
    expect(validateTarget({ onePerAgency: 'ya' as never })).toEqual([
      { field: 'onePerAgency', code: 'invalidChoice' },
    ]);
  });
});
