import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/domain/action-item';
import { CLINIC_IDENTITY_ID } from '../../src/domain/clinic-identity-record';
import { innovationCompleteness } from '../../src/domain/completeness';
import { DEMO_FACILITATORS, DEMO_TABLES, type DemoData, generateDemoData } from '../../src/domain/demo';
import { isCompleteNip } from '../../src/domain/session';
import { STAGES } from '../../src/domain/stages';
import { FIELD_NAMES, VALIDATORS } from '../../src/domain/tables';
import { UNIT_KINDS } from '../../src/domain/unit';
import { countWords } from '../../src/domain/words';

const TODAY = '2026-03-15';

function counterIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function generate(seed?: number, today = TODAY): DemoData {
  return generateDemoData({ today, newId: counterIds(), ...(seed === undefined ? {} : { seed }) });
}

describe('demo data generator', () => {
  const data = generate();

  it('is deterministic for a seed and differs for another seed', () => {
    expect(generate()).toEqual(data);
    expect(generate(7)).toEqual(generate(7));
    expect(JSON.stringify(generate(7))).not.toEqual(JSON.stringify(data));
  });

  it('makes records that pass their validators and carry every field', () => {
    for (const table of DEMO_TABLES) {
      for (const record of data[table]) {
        const validate = VALIDATORS[table] as (f: unknown) => unknown[];
        expect({ table, id: record.id, errors: validate(record.fields) }).toEqual({
          table,
          id: record.id,
          errors: [],
        });
        expect(Object.keys(record.fields).sort()).toEqual([...FIELD_NAMES[table]].sort());
      }
    }
  });

  it('gives every record a distinct id from newId, and the clinic identity its fixed id', () => {
    const ids = DEMO_TABLES.filter((t) => t !== 'clinicIdentities').flatMap((t) => data[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^id-\d+$/.test(id))).toBe(true);
    expect(data.clinicIdentities.map((r) => r.id)).toEqual([CLINIC_IDENTITY_ID]);
  });

  it('names a plausible clinic identity with a small PNG logo', () => {
    const identity = data.clinicIdentities[0]?.fields;
    expect(identity?.regionName).toBe('Kota Sukamaju');
    expect(identity?.clinicName).toContain('Klinik Inovasi');
    expect(identity?.agencyName).not.toBe('');
    expect(identity?.logo.startsWith('data:image/png;base64,')).toBe(true);
  });

  it('covers every kind of unit and both groups, and leaves one agency without an innovation', () => {
    const units = data.units.map((u) => u.fields);
    expect(units.length).toBeGreaterThanOrEqual(12);
    expect(new Set(units.map((u) => u.kind))).toEqual(new Set(UNIT_KINDS));
    expect(new Set(units.map((u) => u.group))).toEqual(new Set([1, 2]));
    expect(units.map((u) => u.name)).toContain('Perumda Air Minum Tirta Sukamaju');
    const withInnovation = new Set(data.innovations.map((i) => i.fields.unitId));
    const bare = data.units.filter((u) => !withInnovation.has(u.id));
    expect(bare.some((u) => u.fields.kind === 'opd')).toBe(true);
  });

  it('spreads at least 24 innovations over the five stages, at least 3 in each', () => {
    expect(data.innovations.length).toBeGreaterThanOrEqual(24);
    for (const stage of STAGES) {
      expect(data.innovations.filter((i) => i.fields.currentStage === stage).length).toBeGreaterThanOrEqual(
        3,
      );
    }
  });

  it('has complete IID profiles (rancang bangun of 300+ words) and incomplete drafts', () => {
    const missing = data.innovations.map((i) => innovationCompleteness(i.fields).missing);
    expect(missing.filter((m) => m.length === 0).length).toBeGreaterThanOrEqual(8);
    expect(missing.filter((m) => m.length > 0).length).toBeGreaterThanOrEqual(8);
    const complete = data.innovations.filter((i) => innovationCompleteness(i.fields).missing.length === 0);
    expect(complete.every((i) => countWords(i.fields.rancangBangun) >= 300)).toBe(true);
    expect(data.innovations.every((i) => i.fields.team.length >= 2)).toBe(true);
  });

  it('writes stage rows consistent with each innovation’s current stage', () => {
    for (const innovation of data.innovations) {
      const rows = data.stageProgress
        .filter((s) => s.fields.innovationId === innovation.id)
        .map((s) => s.fields);
      expect(rows.map((r) => r.stage)).toEqual([...STAGES]);
      const current = STAGES.indexOf(innovation.fields.currentStage);
      rows.forEach((row, i) => {
        const ticked = row.checklist.filter((c) => c.done);
        if (i < current) {
          expect(row.status).toBe('done');
          expect(ticked.length).toBe(row.checklist.length);
          expect(row.checklist.every((c) => c.doneDate >= row.startDate && c.doneDate <= row.endDate)).toBe(
            true,
          );
        } else if (i === current) {
          expect(row.status).toBe('inProgress');
          expect(ticked.length).toBeGreaterThan(0);
          expect(ticked.length).toBeLessThan(row.checklist.length);
          expect(row.startDate <= TODAY).toBe(true);
        } else {
          expect(row.status).toBe('notStarted');
          expect(ticked).toHaveLength(0);
        }
      });
    }
  });

  it('records at least 15 past sessions with 2-6 attendees and valid NIPs', () => {
    const sessions = data.mentoringSessions.map((s) => s.fields);
    expect(sessions.length).toBeGreaterThanOrEqual(15);
    const unitIds = new Set(data.units.map((u) => u.id));
    const innovationIds = new Set(data.innovations.map((i) => i.id));
    for (const s of sessions) {
      expect(s.date < TODAY).toBe(true);
      expect(unitIds.has(s.unitId)).toBe(true);
      expect(s.innovationIds.every((id) => innovationIds.has(id))).toBe(true);
      expect(s.attendees.length).toBeGreaterThanOrEqual(2);
      expect(s.attendees.length).toBeLessThanOrEqual(6);
      expect(s.attendees.every((a) => a.name && a.position && a.role && isCompleteNip(a.nip))).toBe(true);
      expect(s.facilitators.every((f) => (DEMO_FACILITATORS as readonly string[]).includes(f))).toBe(true);
      expect(s.agenda && s.findings && s.recommendations).toBeTruthy();
    }
    const nips = sessions.flatMap((s) => s.attendees.map((a) => a.nip)).filter(Boolean);
    expect(nips.length).toBeGreaterThan(20);
    expect(nips.every((n) => /^(19|20)\d{6}(19|20)\d{4}[12]\d{3}$/.test(n))).toBe(true);
  });

  it('has at least 30 follow-ups: done, overdue and due later', () => {
    const items = data.actionItems.map((a) => a.fields);
    expect(items.length).toBeGreaterThanOrEqual(30);
    const done = items.filter((a) => a.status === 'done');
    expect(done.length).toBeGreaterThanOrEqual(5);
    expect(done.every((a) => a.doneDate !== '' && a.doneDate <= TODAY)).toBe(true);
    expect(items.filter((a) => isOverdue(a, TODAY)).length).toBeGreaterThanOrEqual(3);
    expect(items.filter((a) => a.status === 'open' && a.dueDate >= TODAY).length).toBeGreaterThanOrEqual(2);
    const sessionIds = new Set(data.mentoringSessions.map((s) => s.id));
    expect(items.every((a) => sessionIds.has(a.sessionId) && a.owner !== '')).toBe(true);
  });

  it('sets this year’s target: 100 proposals and one innovation per agency', () => {
    expect(data.targets.map((t) => t.fields)).toEqual([
      expect.objectContaining({ year: 2026, proposalTarget: 100, onePerAgency: true }),
    ]);
  });

  it('keeps dates relative to today', () => {
    const later = generate(undefined, '2027-08-01');
    expect(later.targets[0]?.fields.year).toBe(2027);
    const latest =
      later.mentoringSessions
        .map((s) => s.fields.date)
        .sort()
        .at(-1) ?? '';
    expect(latest > '2027-07-01' && latest < '2027-08-01').toBe(true);
  });
});

describe('demo data at city scale (the benchmarks’ dataset)', () => {
  const scale = { units: 50, innovations: 2000, sessions: 10_000 };
  const data = generateDemoData({ today: TODAY, newId: counterIds(), scale });

  it('has the asked numbers of records: five stage rows an innovation, two follow-ups a session', () => {
    expect(data.units).toHaveLength(50);
    expect(data.innovations).toHaveLength(2000);
    expect(data.stageProgress).toHaveLength(10_000);
    expect(data.mentoringSessions).toHaveLength(10_000);
    expect(data.actionItems).toHaveLength(20_000);
    expect(new Set(data.units.map((u) => u.fields.name)).size).toBe(50);
  });

  it('keeps every record valid and every reference pointing at a record of the city', () => {
    const unitIds = new Set(data.units.map((u) => u.id));
    const innovationIds = new Set(data.innovations.map((i) => i.id));
    for (const table of DEMO_TABLES) {
      const validate = VALIDATORS[table] as (f: unknown) => unknown[];
      const invalid = data[table].filter((r) => validate(r.fields).length > 0);
      expect({ table, invalid: invalid.length }).toEqual({ table, invalid: 0 });
    }
    expect(data.innovations.every((i) => unitIds.has(i.fields.unitId))).toBe(true);
    expect(
      data.mentoringSessions.every((s) => s.fields.innovationIds.every((id) => innovationIds.has(id))),
    ).toBe(true);
    const dates = data.mentoringSessions.map((s) => s.fields.date).sort();
    expect(dates[0] && dates[0] >= '2024-01-01').toBe(true);
    expect((dates.at(-1) ?? '') < TODAY).toBe(true);
  });
});
