// @vitest-environment node
/**
 * Sessions gained `time` (pukul, `HH:MM` or ''). A client from before it sends creates without
 * it: they apply with time '' (domain/tables.ts CREATE_DEFAULTS). The server checks it with the
 * shared schema: a wrong type, a huge text, an hour off the clock or a time hidden under a
 * prototype key is refused and nothing is stored.
 */
import { describe, expect, it } from 'vitest';
import { fields, latest, writer } from './helpers';
import { admin, create, endCursor, s } from './sync-setup';

describe('mentoringSessions.time', () => {
  it('a create without time applies and stores time as empty; one with a time keeps it', async () => {
    const start = await endCursor(admin);
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Kelurahan Darat Sekip'));
    const { time: _time, ...old } = fields.session(unit.id);
    const before = w.create('mentoringSessions', old);
    const timed = w.create('mentoringSessions', { ...fields.session(unit.id), time: '09:30' });
    const results = await s.push(admin, w.clientId, [before, timed]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const stored = latest((await s.pullAll(admin, start)).changes);
    expect(stored.get(`mentoringSessions/${before.recordId}`)?.fields.time).toBe('');
    expect(stored.get(`mentoringSessions/${timed.recordId}`)?.fields.time).toBe('09:30');
  });

  it('refuses a time of the wrong type, a huge one, one off the clock, on create and patch', async () => {
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Kecamatan Pontianak Barat'));
    const session = await create(admin, w, 'mentoringSessions', {
      ...fields.session(unit.id),
      time: '08:00',
    });
    const start = await endCursor(admin);
    const bad: unknown[] = [
      930,
      null,
      true,
      ['09:30'],
      { h: 9 },
      'x'.repeat(1_000_000),
      '25:00',
      '24:00',
      '9:5',
      '09.30',
    ];
    const creates = bad.map((time) => w.create('mentoringSessions', { ...fields.session(unit.id), time }));
    const patches = bad.map((time) => w.patch('mentoringSessions', session.id, { time }, session.version));
    const results = await s.push(admin, w.clientId, [...creates, ...patches]);
    for (const r of results) {
      expect(r).toMatchObject({
        status: 'rejected',
        error: 'invalid',
        details: [{ field: 'time', code: 'invalidTime' }],
      });
    }
    const { changes } = await s.pullAll(admin, start);
    expect(changes).toEqual([]);
  });

  it('refuses a time slipped in under a prototype key', async () => {
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Dinas Perhubungan'));
    const session = await create(admin, w, 'mentoringSessions', fields.session(unit.id));
    const start = await endCursor(admin);
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const hostile = JSON.parse(`{"${key}": {"time": "25:00"}}`) as Record<string, unknown>;
      const [r] = await s.push(admin, w.clientId, [
        w.patch('mentoringSessions', session.id, hostile, session.version),
      ]);
      expect(r?.status, key).toBe('rejected');
    }
    const { changes } = await s.pullAll(admin, start);
    expect(changes).toEqual([]);
  });
});
