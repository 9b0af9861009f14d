// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/protocol/protocol';
import { fields, isErrorBody, latest, writer } from './helpers';
import { admin, create, endCursor, keys, s } from './sync-setup';

describe('push and pull', () => {
  it('creates and patches every table; pull returns the newest state with versions and a cursor', async () => {
    const start = await endCursor(admin);
    const w = writer();
    const unit = w.create('units', fields.unit('Dinas Pendidikan'));
    const inno = w.create('innovations', fields.innovation(unit.recordId));
    const creates = [
      unit,
      inno,
      w.create('stageProgress', fields.stageProgress(inno.recordId)),
      w.create('mentoringSessions', fields.session(unit.recordId)),
      w.create('actionItems', fields.actionItem(unit.recordId)),
      w.create('targets', fields.target(2031)),
    ];
    const created = await s.push(admin, w.clientId, creates);
    expect(created.map((r) => r.status)).toEqual(creates.map(() => 'applied'));
    expect(created.map((r) => r.id)).toEqual(creates.map((m) => m.id));
    const versions = created.map((r) => r.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);

    const patchFields = [
      { name: 'Dinas Pendidikan dan Kebudayaan', contactPhone: '0812 3456 789' },
      { tahapan: 'ujiCoba', team: [{ id: 't1', name: 'Sari', role: 'ketua' }], trialDate: '2025-02-01' },
      { status: 'inProgress', startDate: '2025-02-01' },
      {
        findings: 'Data belum lengkap',
        attendees: [{ id: 'a1', name: 'Budi', nip: '198501012010011001', position: 'Kasi', role: 'peserta' }],
      },
      { status: 'done', doneDate: '2025-03-05' },
      { proposalTarget: 120 },
    ];
    const patches = creates.map((m, i) =>
      w.patch(m.table, m.recordId, patchFields[i] ?? {}, versions[i] ?? 0),
    );
    const patched = await s.push(admin, w.clientId, patches);
    expect(patched.map((r) => r.status)).toEqual(patches.map(() => 'applied'));
    for (const r of patched) expect(r.version).toBeGreaterThan(versions.at(-1) ?? 0);

    const { changes, cursor } = await s.pullAll(admin, start);
    expect(changes).toHaveLength(creates.length);
    const byKey = latest(changes);
    creates.forEach((m, i) => {
      const c = byKey.get(`${m.table}/${m.recordId}`);
      expect(c?.version).toBe(patched[i]?.version);
      expect(c?.deleted).toBe(false);
      expect(c?.fields).toEqual({
        ...m.fields,
        ...patchFields[i],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    const again = await s.pull(admin, cursor);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ changes: [], cursor, hasMore: false });
  });

  it('deletes as a tombstone that pulls like any change, and a patch of deleted: false restores', async () => {
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Kecamatan Timur'));
    const item = await create(admin, w, 'actionItems', fields.actionItem(unit.id, 'Susun laporan'));
    const before = await endCursor(admin);
    const [del] = await s.push(admin, w.clientId, [w.remove('actionItems', item.id, item.version)]);
    expect(del?.status).toBe('applied');
    let pulled = await s.pullAll(admin, before);
    expect(pulled.changes).toEqual([
      expect.objectContaining({
        table: 'actionItems',
        recordId: item.id,
        version: del?.version,
        deleted: true,
      }),
    ]);
    expect(pulled.changes[0]?.fields.text).toBe('Susun laporan');
    const [restore] = await s.push(admin, w.clientId, [
      w.patch('actionItems', item.id, { deleted: false }, del?.version ?? 0),
    ]);
    expect(restore?.status).toBe('applied');
    pulled = await s.pullAll(admin, pulled.cursor);
    expect(pulled.changes).toEqual([expect.objectContaining({ recordId: item.id, deleted: false })]);
  });

  it('pages with limit: hasMore, the cursor continues, nothing is skipped or repeated', async () => {
    const w = writer();
    const unit = await create(admin, w, 'units', fields.unit('Dinas Paging'));
    const items = Array.from({ length: 23 }, (_, i) =>
      w.create('actionItems', fields.actionItem(unit.id, `Tugas ${i}`)),
    );
    await s.push(admin, w.clientId, items);
    const all = (await s.pullAll(admin, undefined, 1000)).changes;

    const seen: Change[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page++) {
      const r = await s.pull(admin, cursor, 7);
      expect(r.status).toBe(200);
      expect(r.body.changes.length).toBeLessThanOrEqual(7);
      let previous = seen.at(-1)?.version ?? 0;
      for (const c of r.body.changes) {
        expect(c.version).toBeGreaterThan(previous);
        previous = c.version;
      }
      seen.push(...r.body.changes);
      cursor = r.body.cursor;
      if (!r.body.hasMore) break;
      expect(r.body.changes).toHaveLength(7);
      if (r.body.remaining !== undefined) expect(r.body.remaining).toBe(all.length - seen.length);
    }
    expect(keys(seen)).toEqual(keys(all));
    expect(new Set(keys(seen)).size).toBe(seen.length);
    for (const m of items) expect(keys(seen)).toContain(`actionItems/${m.recordId}`);
  });

  it('answers a cursor it did not hand out or a limit out of range with 400 bad-request', async () => {
    for (const cursor of [
      'abc',
      '12',
      '1.2.3',
      '-1.abc',
      '1234567890123456.abc',
      `1.${'x'.repeat(21)}`,
      '1.a b',
    ]) {
      const r = await s.get(`/api/sync/pull?cursor=${encodeURIComponent(cursor)}`, admin);
      expect(r.status, cursor).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    for (const limit of ['0', '1001', '-3', 'x', '1.5', '']) {
      const r = await s.get(`/api/sync/pull?limit=${limit}`, admin);
      expect(r.status, limit).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    expect((await s.get('/api/sync/pull?limit=1000', admin)).status).toBe(200);
  });
});

describe('exactly-once', () => {
  it('replaying a push returns the stored results and changes nothing', async () => {
    const w = writer();
    const unit = w.create('units', fields.unit('Dinas Ulang'));
    const mutations = [
      unit,
      w.patch('units', unit.recordId, { contactPerson: 'Ani' }, 0),
      w.create('innovations', { ...fields.innovation(unit.recordId), tahapan: 'bogus' }),
    ];
    const first = await s.push(admin, w.clientId, mutations);
    expect(first.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    const cursor = await endCursor(admin);

    const again = await s.push(admin, w.clientId, mutations);
    expect(again).toEqual(first.map((r) => (r.status === 'rejected' ? r : { ...r, status: 'duplicate' })));
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);

    // A replayed mutation next to a new one: the old one is a duplicate, the new one applies.
    const next = w.patch('units', unit.recordId, { contactPerson: 'Budi' }, first[1]?.version ?? 0);
    const mixed = await s.push(admin, w.clientId, [mutations[1] ?? next, next]);
    expect(mixed.map((r) => r.status)).toEqual(['duplicate', 'applied']);
    expect(mixed[0]?.version).toBe(first[1]?.version);
  });

  it('applies a push sent twice at once exactly once', async () => {
    const w = writer();
    const unit = w.create('units', fields.unit('Dinas Kembar'));
    const mutations = [unit, w.create('actionItems', fields.actionItem(unit.recordId))];
    const cursor = await endCursor(admin);
    const [a, b] = await Promise.all([
      s.push(admin, w.clientId, mutations),
      s.push(admin, w.clientId, mutations),
    ]);
    const statuses = [a, b].map((rs) => rs.map((r) => r.status).join(','));
    expect(statuses.sort()).toEqual(['applied,applied', 'duplicate,duplicate']);
    expect(a.map((r) => r.version)).toEqual(b.map((r) => r.version));
    expect((await s.pullAll(admin, cursor)).changes).toHaveLength(2);
  });
});
