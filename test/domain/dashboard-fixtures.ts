/** Hand-built records for the dashboard tests: a small city with every edge the figures must handle. */
import { type ActionItem, newActionItemFields } from '../../src/domain/action-item';
import type { DashboardData, DashboardFilter } from '../../src/domain/dashboard';
import { type Innovation, newInnovationFields } from '../../src/domain/innovation';
import { type MentoringSession, newSessionFields } from '../../src/domain/session';
import type { Target } from '../../src/domain/target';
import { newUnitFields, type Unit, type UnitKind } from '../../src/domain/unit';

// Mid-year, mid-day timestamps: the local calendar year is the same in every time zone.
export const AT_2026 = '2026-06-15T12:00:00.000Z';
export const AT_2025 = '2025-06-15T12:00:00.000Z';
export const TODAY = '2026-06-20';

export const meta = (id: string, createdAt = AT_2026) => ({
  id,
  createdAt,
  updatedAt: createdAt,
  deleted: false,
  version: 0,
});

export const unit = (id: string, name: string, kind: UnitKind, extra: Partial<Unit> = {}): Unit => ({
  ...meta(id),
  ...newUnitFields({ name, kind }),
  ...extra,
});
export const innovation = (id: string, unitId: string, extra: Partial<Innovation> = {}): Innovation => ({
  ...meta(id, extra.createdAt),
  ...newInnovationFields({ unitId, name: `Inovasi ${id}` }),
  ...extra,
});
export const session = (
  id: string,
  unitId: string,
  date: string,
  facilitators: string[],
  extra = {},
): MentoringSession => ({
  ...meta(id),
  ...newSessionFields({ unitId, date, facilitators }),
  ...extra,
});
export const followUp = (id: string, unitId: string, extra: Partial<ActionItem> = {}): ActionItem => ({
  ...meta(id, extra.createdAt),
  ...newActionItemFields({ unitId, text: `Tindak lanjut ${id}` }),
  ...extra,
});
export const target = (
  id: string,
  year: number,
  proposalTarget: number,
  extra: Partial<Target> = {},
): Target => ({
  ...meta(id),
  year,
  proposalTarget,
  onePerAgency: true,
  notes: '',
  ...extra,
});

export const ALL: DashboardFilter = { year: 'all', group: '', kind: '' };
export const Y2026: DashboardFilter = { year: 2026, group: '', kind: '' };

export { completeProfile, words } from '../helpers/profiles';

import { completeProfile } from '../helpers/profiles';

/** A small city: three OPD/Kecamatan units (group 1), two group-2 units, one deleted unit. */
export function city(): DashboardData {
  return {
    units: [
      unit('dinkes', 'Dinas Kesehatan', 'opd'),
      unit('bappeda', 'Bappeda', 'opd'),
      unit('kec', 'Kecamatan Utara', 'kecamatan'),
      unit('pkm', 'UPT Puskesmas Sukamaju', 'uptPuskesmas'),
      unit('kel', 'Kelurahan Cempaka', 'kelurahan'),
      unit('gone', 'Dinas Lama', 'opd', { deleted: true }),
    ],
    innovations: [
      innovation('i1', 'dinkes', { currentStage: 'design', ...completeProfile }),
      innovation('i2', 'dinkes', { currentStage: 'drumUp', tahapan: 'ujiCoba', jenis: 'nonDigital' }),
      innovation('i3', 'kec', { currentStage: 'design', bentuk: 'tataKelola' }),
      innovation('i4', 'pkm', { currentStage: 'deliver', createdAt: AT_2025, tahapan: 'penerapan' }),
      innovation('i5', 'pkm', { currentStage: 'display', deleted: true }),
      innovation('i6', 'gone', { currentStage: 'display' }),
    ],
    sessions: [
      session('s1', 'dinkes', '2026-02-10', ['Rina', 'Andi']),
      session('s2', 'dinkes', '2026-02-20', [' rina ']),
      session('s3', 'kec', '2026-05-02', []),
      session('s4', 'pkm', '2025-11-30', ['Andi']),
      session('s5', 'pkm', '2026-03-03', ['Andi'], { deleted: true }),
      session('s6', 'gone', '2026-03-03', ['Andi']),
    ],
    actionItems: [
      followUp('f1', 'dinkes', { sessionId: 's1', dueDate: '2026-06-01' }), // overdue
      followUp('f2', 'dinkes', { sessionId: 's1', dueDate: '2026-07-01' }), // open
      followUp('f3', 'dinkes', { sessionId: 's2', status: 'done', doneDate: '2026-03-01' }),
      followUp('f4', 'kec', { dueDate: '2026-01-01' }), // overdue, no session: year of createdAt
      followUp('f5', 'pkm', { sessionId: 's4', dueDate: '2025-12-10' }), // agreed in 2025
      followUp('f6', 'pkm', { sessionId: 's5' }), // its session is deleted
      followUp('f7', 'pkm', { innovationId: 'i5' }), // its innovation is deleted
      followUp('f8', 'kel', { deleted: true }),
      followUp('f9', 'gone', {}),
    ],
    targets: [
      target('t-new', 2026, 50, { createdAt: '2026-02-01T00:00:00.000Z' }),
      target('t-old', 2026, 100, { createdAt: '2026-01-01T00:00:00.000Z' }),
      target('t-del', 2026, 10, { createdAt: '2025-01-01T00:00:00.000Z', deleted: true }),
      target('t-25', 2025, 80),
    ],
  };
}
