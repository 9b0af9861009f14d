import { describe, expect, it } from 'vitest';
import { deletedIds } from '../../../src/domain/follow-up-live';
import { unitDetail } from '../../../src/domain/queries/unit-detail';
import { filterUnits, NO_FILTER, type UnitFilter, unitSummaries } from '../../../src/domain/queries/units';
import type { StageProgress } from '../../../src/domain/stage-progress';
import { followUp, innovation, meta, session, TODAY, unit } from '../dashboard-fixtures';

describe('filterUnits', () => {
  it('matches name, parent agency and contact person case-insensitively, and kind and group', () => {
    const rows = [
      { unit: unit('dinkes', 'Dinas Kesehatan', 'opd', { contactPerson: 'Bu Ratna' }) },
      { unit: unit('pkm', 'UPT Puskesmas Cempaka', 'uptPuskesmas', { parentAgency: 'Dinas Kesehatan' }) },
      { unit: unit('kel', 'Kelurahan Melati', 'kelurahan', { group: 1 }) },
    ];
    const names = (f: Partial<UnitFilter>) =>
      filterUnits(rows, { ...NO_FILTER, ...f }).map((r) => r.unit.name);
    expect(names({})).toHaveLength(3);
    expect(names({ search: 'KESEHATAN' })).toEqual(['Dinas Kesehatan', 'UPT Puskesmas Cempaka']);
    expect(names({ search: 'ratna' })).toEqual(['Dinas Kesehatan']);
    expect(names({ kind: 'uptPuskesmas' })).toEqual(['UPT Puskesmas Cempaka']);
    expect(names({ group: 1 })).toEqual(['Dinas Kesehatan', 'Kelurahan Melati']);
    expect(names({ search: 'kesehatan', group: 2 })).toEqual(['UPT Puskesmas Cempaka']);
  });
});

describe('unitSummaries', () => {
  it('counts open follow-ups by the one rule: not of a deleted innovation or session', () => {
    const units = [
      unit('dinkes', 'Dinas Kesehatan', 'opd'),
      unit('gone', 'Dihapus', 'opd', { deleted: true }),
    ];
    const innovations = [innovation('i1', 'dinkes'), innovation('i2', 'dinkes', { deleted: true })];
    const sessions = [
      session('s1', 'dinkes', '2026-06-01', []),
      session('s2', 'dinkes', '2026-06-02', [], { deleted: true }),
    ];
    const items = [
      followUp('f1', 'dinkes', { dueDate: '2026-06-01' }), // overdue
      followUp('f2', 'dinkes', { sessionId: 's1', innovationId: 'i1' }),
      followUp('f3', 'dinkes', { innovationId: 'i2' }),
      followUp('f4', 'dinkes', { sessionId: 's2' }),
      followUp('f5', 'dinkes', { status: 'done', doneDate: TODAY }),
      followUp('f6', 'gone'),
    ];
    const rows = unitSummaries(units, innovations, deletedIds(sessions), items, TODAY);
    expect(rows).toEqual([{ unit: units[0], innovationCount: 1, openFollowUps: 2, overdueFollowUps: 1 }]);
  });
});

describe('unitDetail', () => {
  it('gives innovations by name with their stages in 5D order, sessions newest first, follow-ups by due date', () => {
    const stage = (id: string, innovationId: string, key: StageProgress['stage'], deleted = false) =>
      ({ ...meta(id), deleted, innovationId, stage: key }) as StageProgress;
    const detail = unitDetail({
      unit: unit('u', 'Dinas Sosial', 'opd'),
      innovations: [
        innovation('b', 'u', { name: 'Bansos Tepat' }),
        innovation('a', 'u', { name: 'Antrean Daring' }),
        innovation('x', 'u', { name: 'Dihapus', deleted: true }),
      ],
      sessions: [
        session('s1', 'u', '2026-01-05', []),
        session('s2', 'u', '2026-02-20', []),
        session('s3', 'u', '2026-03-01', [], { deleted: true }),
      ],
      actionItems: [
        followUp('none', 'u', { createdAt: '2026-01-01T00:00:00.000Z' }),
        followUp('late', 'u', { dueDate: '2026-04-01' }),
        followUp('early', 'u', { dueDate: '2026-02-01', sessionId: 's1' }),
        followUp('ofDeletedSession', 'u', { dueDate: '2026-01-01', sessionId: 's3' }),
        followUp('ofDeletedInnovation', 'u', { innovationId: 'x' }),
        followUp('done', 'u', { status: 'done' }),
      ],
      stageRows: [
        stage('st2', 'a', 'design'),
        stage('st1', 'a', 'drumUp'),
        stage('st0', 'a', 'diagnose', true),
      ],
    });
    expect(detail.innovations.map((i) => i.innovation.name)).toEqual(['Antrean Daring', 'Bansos Tepat']);
    expect(detail.innovations[0]?.stages.map((s) => s.stage)).toEqual(['drumUp', 'design']);
    expect(detail.innovations[1]?.stages).toEqual([]);
    expect(detail.sessions.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(detail.openFollowUps.map((a) => a.id)).toEqual(['early', 'late', 'none']);
  });
});
