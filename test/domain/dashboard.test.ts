import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  breakdown,
  countByStage,
  type DashboardFilter,
  dashboardQuery,
  drillDown,
  followUpsPerUnit,
  funnelBy,
  incompleteDrafts,
  parseDrill,
  parseFilter,
  pickTarget,
  sessionsPerFacilitator,
  summarize,
} from '../../src/domain/dashboard';
import { ALL, city, session, TODAY, unit, Y2026 } from './dashboard-fixtures';

describe('applyFilters', () => {
  it('hides deleted records and records whose unit, innovation or session is deleted', () => {
    const scope = applyFilters(city(), ALL);
    expect(scope.totalUnits).toBe(5);
    expect(scope.units.map((u) => u.name)).toEqual([
      'Bappeda',
      'Dinas Kesehatan',
      'Kecamatan Utara',
      'Kelurahan Cempaka',
      'UPT Puskesmas Sukamaju',
    ]);
    expect(scope.innovations.map((i) => i.id).sort()).toEqual(['i1', 'i2', 'i3', 'i4']);
    expect(scope.sessions.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3', 's4']);
    expect(scope.followUps.map((f) => f.id).sort()).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(scope.years).toEqual([2026, 2025]);
  });

  it('applies the year to innovations (created), sessions (dated) and follow-ups (agreed)', () => {
    const scope = applyFilters(city(), Y2026);
    expect(scope.innovations.map((i) => i.id).sort()).toEqual(['i1', 'i2', 'i3']);
    expect(scope.sessions.map((s) => s.id).sort()).toEqual(['s1', 's2', 's3']);
    // f5 was agreed in a 2025 session although it was written down in 2026.
    expect(scope.followUps.map((f) => f.id).sort()).toEqual(['f1', 'f2', 'f3', 'f4']);
    // Units with an innovation count any year: the Puskesmas has one from 2025.
    expect([...scope.unitsWithInnovation].sort()).toEqual(['dinkes', 'kec', 'pkm']);
  });

  it('applies group and kind to units and to everything hanging off them', () => {
    const group2 = applyFilters(city(), { year: 'all', group: 2, kind: '' });
    expect(group2.units.map((u) => u.id)).toEqual(['kel', 'pkm']);
    expect(group2.innovations.map((i) => i.id)).toEqual(['i4']);
    expect(group2.sessions.map((s) => s.id)).toEqual(['s4']);
    expect(group2.followUps.map((f) => f.id)).toEqual(['f5']);
    const kec = applyFilters(city(), { year: 2026, group: '', kind: 'kecamatan' });
    expect(kec.units.map((u) => u.id)).toEqual(['kec']);
    expect(kec.innovations.map((i) => i.id)).toEqual(['i3']);
    const none = applyFilters(city(), { year: 2026, group: 2, kind: 'opd' });
    expect(none.units).toEqual([]);
    expect(none.totalUnits).toBe(5);
  });
});

describe('figures', () => {
  it('counts the funnel overall, per group and per kind', () => {
    const scope = applyFilters(city(), ALL);
    expect(countByStage(scope.innovations)).toEqual({
      drumUp: 1,
      diagnose: 0,
      design: 2,
      deliver: 1,
      display: 0,
    });
    const byGroup = funnelBy('group', scope.units, scope.innovations, scope.unitsById);
    expect(byGroup.map((r) => [r.key, r.units, r.total, r.counts.design])).toEqual([
      ['1', 3, 3, 2],
      ['2', 2, 1, 0],
    ]);
    const byKind = funnelBy('kind', scope.units, scope.innovations, scope.unitsById);
    expect(byKind.map((r) => [r.key, r.units, r.total])).toEqual([
      ['opd', 2, 2],
      ['kecamatan', 1, 1],
      ['kelurahan', 1, 0],
      ['uptPuskesmas', 1, 1],
    ]);
  });

  it('picks the oldest live target of the year and counts proposals against it', () => {
    const data = city();
    expect(pickTarget(data.targets, 2026)?.id).toBe('t-old');
    expect(pickTarget(data.targets, 2024)).toBeNull();
    const summary = summarize(applyFilters(data, Y2026), data.targets, TODAY);
    expect(summary.target).toMatchObject({ year: 2026, proposals: 3, target: { proposalTarget: 100 } });
    expect(summarize(applyFilters(data, ALL), data.targets, TODAY).target).toBeNull();
    const y2025 = summarize(applyFilters(data, { ...Y2026, year: 2025 }), data.targets, TODAY);
    expect(y2025.target).toMatchObject({ proposals: 1, target: { id: 't-25' } });
  });

  it('lists units without any innovation by name', () => {
    const base = city();
    const data = { ...base, units: [...base.units, unit('aaa', 'Badan Pendapatan', 'opd')] };
    const summary = summarize(applyFilters(data, Y2026), data.targets, TODAY);
    expect(summary.withoutInnovation.map((u) => u.name)).toEqual([
      'Badan Pendapatan',
      'Bappeda',
      'Kelurahan Cempaka',
    ]);
  });

  it('breaks the profile down by tahapan, bentuk and jenis with "not set" last', () => {
    const scope = applyFilters(city(), ALL);
    expect(breakdown(scope.innovations, 'tahapan')).toEqual([
      { value: 'inisiatif', count: 1 },
      { value: 'ujiCoba', count: 1 },
      { value: 'penerapan', count: 1 },
      { value: '', count: 1 },
    ]);
    expect(breakdown(scope.innovations, 'bentuk')).toEqual([
      { value: 'tataKelola', count: 1 },
      { value: 'pelayananPublik', count: 1 },
      { value: 'lainnya', count: 0 },
      { value: '', count: 2 },
    ]);
    expect(breakdown([], 'jenis')).toEqual([
      { value: 'digital', count: 0 },
      { value: 'nonDigital', count: 0 },
    ]);
  });

  it('lists incomplete drafts with their missing codes, complete ones left out', () => {
    const scope = applyFilters(city(), ALL);
    const drafts = incompleteDrafts(scope.innovations, scope.unitsById);
    expect(drafts.map((d) => d.innovation.id)).toEqual(['i2', 'i3', 'i4']);
    expect(drafts[0]?.missing).toEqual([
      'inisiator',
      'bentuk',
      'urusan',
      'trialDate',
      'rancangBangun',
      'tujuan',
      'manfaat',
      'hasil',
    ]);
    expect(drafts[2]?.missing).toContain('implementationDate');
  });

  it('counts open and overdue follow-ups per unit, most overdue first', () => {
    const scope = applyFilters(city(), ALL);
    const result = followUpsPerUnit(scope.followUps, scope.unitsById, TODAY);
    expect(result.open).toBe(4);
    expect(result.overdue).toBe(3);
    expect(result.rows.map((r) => [r.unit.id, r.open, r.overdue])).toEqual([
      ['dinkes', 2, 1],
      ['kec', 1, 1],
      ['pkm', 1, 1],
    ]);
    const y2026 = followUpsPerUnit(applyFilters(city(), Y2026).followUps, scope.unitsById, TODAY);
    expect([y2026.open, y2026.overdue]).toEqual([3, 2]);
  });

  it('counts sessions per facilitator per month, each facilitator once per session', () => {
    const scope = applyFilters(city(), Y2026);
    const table = sessionsPerFacilitator(scope.sessions, 2026);
    expect(table.months).toHaveLength(12);
    expect(table.months[0]).toBe('2026-01');
    expect(table.total).toBe(3);
    expect(table.monthTotals).toEqual({ '2026-02': 2, '2026-05': 1 });
    expect(table.rows.map((r) => [r.name, r.total, r.byMonth])).toEqual([
      ['Rina', 2, { '2026-02': 2 }],
      ['Andi', 1, { '2026-02': 1 }],
      ['', 1, { '2026-05': 1 }],
    ]);
    const all = sessionsPerFacilitator(applyFilters(city(), ALL).sessions, 'all');
    expect(all.months).toEqual(['2025-11', '2026-02', '2026-05']);
    expect(all.truncated).toBe(false);
  });

  it('shows the latest twelve months when every year is chosen', () => {
    const sessions = Array.from({ length: 15 }, (_, i) =>
      session(`s${i}`, 'u', `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-05`, [
        'A',
      ]),
    );
    const table = sessionsPerFacilitator(sessions, 'all');
    expect(table.truncated).toBe(true);
    expect(table.months).toHaveLength(12);
    expect(table.months[0]).toBe('2025-04');
    expect(table.months[11]).toBe('2026-03');
    expect(table.rows[0]?.total).toBe(15);
  });
});

describe('URL query', () => {
  it('parses filters forgivingly and writes them back', () => {
    expect(parseFilter(new URLSearchParams(''), 2026)).toEqual(Y2026);
    expect(parseFilter(new URLSearchParams('year=all&group=2&kind=kelurahan'), 2026)).toEqual({
      year: 'all',
      group: 2,
      kind: 'kelurahan',
    });
    expect(parseFilter(new URLSearchParams('year=abc&group=7&kind=pabrik'), 2026)).toEqual(Y2026);
    const f: DashboardFilter = { year: 2025, group: 1, kind: 'opd' };
    expect(dashboardQuery(f)).toBe('year=2025&group=1&kind=opd');
    expect(parseFilter(new URLSearchParams(dashboardQuery(f)), 2026)).toEqual(f);
  });

  it('round-trips every drill-down view and refuses unknown ones', () => {
    const views = [
      { view: 'stage', stage: 'design' },
      { view: 'profile', field: 'tahapan', value: 'ujiCoba' },
      { view: 'profile', field: 'bentuk', value: '' },
      { view: 'proposals' },
      { view: 'units' },
      { view: 'incomplete' },
      { view: 'noInnovation' },
      { view: 'followUps', unitId: 'u1', overdueOnly: true },
      { view: 'followUps', unitId: '', overdueOnly: false },
      { view: 'sessions', facilitator: 'Rina Marlina', month: '2026-02' },
      { view: 'sessions', facilitator: '', month: '' },
      { view: 'sessions', facilitator: null, month: '' },
    ] as const;
    for (const view of views) {
      expect(parseDrill(new URLSearchParams(dashboardQuery(Y2026, view)))).toEqual(view);
    }
    expect(parseDrill(new URLSearchParams('view=stage&stage=nope'))).toBeNull();
    expect(parseDrill(new URLSearchParams('view=profile&field=jenis&value=analog'))).toBeNull();
    expect(parseDrill(new URLSearchParams('view=whatever'))).toBeNull();
    expect(parseDrill(new URLSearchParams('year=2026'))).toBeNull();
  });
});

describe('drillDown', () => {
  const scope = applyFilters(city(), ALL);
  const ids = (rows: readonly { innovation?: { id: string }; id?: string }[]) =>
    rows.map((r) => r.innovation?.id ?? r.id);

  it('lists the innovations behind a stage, a profile value and the proposals', () => {
    const stage = drillDown(scope, { view: 'stage', stage: 'design' }, TODAY);
    expect(stage.kind === 'innovations' && stage.rows.map((r) => r.innovation.id)).toEqual(['i1', 'i3']);
    const unset = drillDown(scope, { view: 'profile', field: 'bentuk', value: '' }, TODAY);
    expect(unset.kind === 'innovations' && unset.rows.map((r) => r.innovation.id)).toEqual(['i2', 'i4']);
    const all = drillDown(scope, { view: 'proposals' }, TODAY);
    expect(all.rows).toHaveLength(4);
    const drafts = drillDown(scope, { view: 'incomplete' }, TODAY);
    expect(drafts.kind === 'drafts' && ids(drafts.rows)).toEqual(['i2', 'i3', 'i4']);
  });

  it('lists units, units without innovation, follow-ups and sessions', () => {
    expect(drillDown(scope, { view: 'units' }, TODAY).rows).toHaveLength(5);
    const none = drillDown(scope, { view: 'noInnovation' }, TODAY);
    expect(none.kind === 'units' && none.rows.map((u) => u.id)).toEqual(['bappeda', 'kel']);
    const overdue = drillDown(scope, { view: 'followUps', unitId: '', overdueOnly: true }, TODAY);
    expect(overdue.kind === 'followUps' && overdue.rows.map((r) => r.item.id)).toEqual(['f5', 'f4', 'f1']);
    const dinkes = drillDown(scope, { view: 'followUps', unitId: 'dinkes', overdueOnly: false }, TODAY);
    expect(dinkes.kind === 'followUps' && dinkes.rows.map((r) => r.item.id)).toEqual(['f1', 'f2']);
    const rina = drillDown(scope, { view: 'sessions', facilitator: 'RINA', month: '2026-02' }, TODAY);
    expect(rina.kind === 'sessions' && rina.rows.map((r) => r.session.id)).toEqual(['s2', 's1']);
    const nobody = drillDown(scope, { view: 'sessions', facilitator: '', month: '' }, TODAY);
    expect(nobody.kind === 'sessions' && nobody.rows.map((r) => r.session.id)).toEqual(['s3']);
    const anyone = drillDown(scope, { view: 'sessions', facilitator: null, month: '' }, TODAY);
    expect(anyone.rows).toHaveLength(4);
  });
});
