import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/domain/action-item';
import {
  defaultStageProgress,
  overallProgress,
  type StageProgressFields,
} from '../../src/domain/stage-progress';
import { DEFAULT_CHECKLISTS, STAGES } from '../../src/domain/stages';
import { defaultGroup, newUnitFields, UNIT_KINDS } from '../../src/domain/unit';

const ids = () => {
  let n = 0;
  return () => `c${++n}`;
};
const stages = (): StageProgressFields[] => STAGES.map((s) => defaultStageProgress('i1', s, ids()));
const tick = (row: StageProgressFields, n: number): StageProgressFields => ({
  ...row,
  checklist: row.checklist.map((c, i) => (i < n ? { ...c, done: true, doneDate: '2026-01-01' } : c)),
});

describe('overallProgress', () => {
  it('is 0 with nothing done and for no rows', () => {
    expect(overallProgress(stages())).toBe(0);
    expect(overallProgress([])).toBe(0);
  });

  it('counts a done stage whole and others by ticked share, out of five stages', () => {
    const rows = stages();
    rows[0] = { ...(rows[0] as StageProgressFields), status: 'done' };
    rows[1] = tick(rows[1] as StageProgressFields, 2); // 2 of 4
    expect(overallProgress(rows)).toBeCloseTo((1 + 0.5) / 5);
  });

  it('is 1 when every stage is done, whatever is ticked', () => {
    expect(overallProgress(stages().map((s) => ({ ...s, status: 'done' as const })))).toBe(1);
  });

  it('treats an empty checklist in an open stage as nothing done', () => {
    const rows = stages().map((s) => ({ ...s, checklist: [] }));
    expect(overallProgress(rows)).toBe(0);
  });

  it('seeds rows from the default checklists with fresh ids', () => {
    const row = defaultStageProgress('i1', 'diagnose', ids());
    expect(row.checklist.map((c) => c.label)).toEqual([...DEFAULT_CHECKLISTS.diagnose]);
    expect(new Set(row.checklist.map((c) => c.id)).size).toBe(row.checklist.length);
    expect(row).toMatchObject({ status: 'notStarted', startDate: '', endDate: '' });
  });
});

describe('isOverdue', () => {
  it('is overdue only when open with a due date before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-03-14' }, '2026-03-15')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-15' }, '2026-03-15')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2026-03-16' }, '2026-03-15')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, '2026-03-15')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '' }, '2026-03-15')).toBe(false);
  });

  it('compares across months and years', () => {
    expect(isOverdue({ status: 'open', dueDate: '2025-12-31' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-02-28' }, '2026-10-01')).toBe(true);
  });
});

describe('defaultGroup', () => {
  it('puts OPD, Kecamatan and BUMD in group 1, the others in group 2', () => {
    const groups = Object.fromEntries(UNIT_KINDS.map((k) => [k, defaultGroup(k)]));
    expect(groups).toEqual({
      opd: 1,
      kecamatan: 1,
      bumd: 1,
      kelurahan: 2,
      uptDinas: 2,
      uptPuskesmas: 2,
      sekolah: 2,
    });
  });

  it('is what a new unit gets unless the group is given', () => {
    expect(newUnitFields({ name: 'Puskesmas', kind: 'uptPuskesmas' }).group).toBe(2);
    expect(newUnitFields({ name: 'Puskesmas', kind: 'uptPuskesmas', group: 1 }).group).toBe(1);
  });
});
