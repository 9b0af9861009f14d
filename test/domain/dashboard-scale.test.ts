/** The dashboard's figures at city scale (correctness only; no timing assertions). */
import { describe, expect, it } from 'vitest';
import { applyFilters, type DashboardData, summarize } from '../../src/domain/dashboard';
import type { StageKey } from '../../src/domain/stages';
import type { UnitKind } from '../../src/domain/unit';
import {
  AT_2025,
  AT_2026,
  completeProfile,
  followUp,
  innovation,
  session,
  TODAY,
  target,
  unit,
  Y2026,
} from './dashboard-fixtures';

describe('city scale', () => {
  const UNITS = 50;
  const INNOVATIONS = 2000;
  const SESSIONS = 10_000;
  const FOLLOW_UPS = 20_000;
  const STAGE_LIST: StageKey[] = ['drumUp', 'diagnose', 'design', 'deliver', 'display'];
  const KINDS: UnitKind[] = ['opd', 'kecamatan', 'kelurahan', 'uptDinas', 'uptPuskesmas'];

  function generate(): DashboardData {
    const units = Array.from({ length: UNITS }, (_, u) =>
      unit(`u${u}`, `Unit ${String(u).padStart(2, '0')}`, KINDS[u % KINDS.length] ?? 'opd'),
    );
    // Units 45..49 get no innovation; the others get innovations round-robin.
    const innovations = Array.from({ length: INNOVATIONS }, (_, i) =>
      innovation(`i${i}`, `u${i % 45}`, {
        currentStage: STAGE_LIST[i % 5] ?? 'drumUp',
        createdAt: i % 4 === 0 ? AT_2025 : AT_2026,
        ...(i % 10 === 0 ? completeProfile : {}),
        deleted: i % 100 === 99,
      }),
    );
    const facilitators = ['A', 'B', 'C', 'D'];
    const sessions = Array.from({ length: SESSIONS }, (_, s) =>
      session(`s${s}`, `u${s % UNITS}`, `2026-${String((s % 12) + 1).padStart(2, '0')}-10`, [
        facilitators[s % 4] ?? 'A',
      ]),
    );
    const actionItems = Array.from({ length: FOLLOW_UPS }, (_, f) =>
      followUp(`f${f}`, `u${f % UNITS}`, {
        status: f % 3 === 0 ? 'done' : 'open',
        dueDate: f % 2 === 0 ? '2026-01-01' : '2026-12-31',
      }),
    );
    return { units, innovations, sessions, actionItems, targets: [target('t', 2026, 100)] };
  }

  it('aggregates 50 units, 2,000 innovations, 10,000 sessions and 20,000 follow-ups correctly', () => {
    const data = generate();
    const summary = summarize(applyFilters(data, Y2026), data.targets, TODAY);
    // Expected values counted independently, by brute force over the indices.
    let expectedInYear = 0;
    const expectedStages = { drumUp: 0, diagnose: 0, design: 0, deliver: 0, display: 0 };
    let expectedIncomplete = 0;
    for (let i = 0; i < INNOVATIONS; i++) {
      if (i % 100 === 99 || i % 4 === 0) continue;
      expectedInYear++;
      expectedStages[STAGE_LIST[i % 5] ?? 'drumUp']++;
      if (i % 10 !== 0) expectedIncomplete++;
    }
    expect(summary.innovationCount).toBe(expectedInYear);
    expect(summary.stages).toEqual(expectedStages);
    expect(summary.target?.proposals).toBe(expectedInYear);
    expect(summary.drafts).toHaveLength(expectedIncomplete);
    expect(summary.withoutInnovation.map((u) => u.id)).toEqual(['u45', 'u46', 'u47', 'u48', 'u49']);
    let open = 0;
    let overdue = 0;
    for (let f = 0; f < FOLLOW_UPS; f++) {
      if (f % 3 === 0) continue;
      open++;
      if (f % 2 === 0) overdue++;
    }
    expect(summary.followUps.open).toBe(open);
    expect(summary.followUps.overdue).toBe(overdue);
    expect(summary.followUps.rows).toHaveLength(UNITS);
    expect(summary.followUps.rows.reduce((n, r) => n + r.open, 0)).toBe(open);
    expect(summary.sessions.total).toBe(SESSIONS);
    expect(summary.sessions.rows.map((r) => [r.name, r.total])).toEqual([
      ['A', 2500],
      ['B', 2500],
      ['C', 2500],
      ['D', 2500],
    ]);
    expect(Object.values(summary.sessions.monthTotals).reduce((a, b) => a + b, 0)).toBe(SESSIONS);
    expect(summary.byKind.reduce((n, r) => n + r.total, 0)).toBe(expectedInYear);
    expect(summary.profile.tahapan.reduce((n, s) => n + s.count, 0)).toBe(expectedInYear);
  });
});
