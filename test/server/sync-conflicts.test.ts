// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHlc } from '../../src/protocol/hlc';
import { MAX_CLOCK_SKEW_MS } from '../../src/server/sync/apply-push';
import { fields, latest, type Writer, writer } from './helpers';
import { admin, clock, conflictsOf, create, endCursor, s } from './sync-setup';

describe('conflicts', () => {
  const t0 = Date.now();
  const a = writer('client-a', () => t0);
  const b = writer('client-b', () => t0 + 1000); // b's stamps are later
  let unit: { id: string; version: number };
  let member: string;
  let facilitator: string;
  let outsider: string;
  beforeAll(async () => {
    unit = await create(admin, writer(), 'units', fields.unit('Unit Konflik'));
    member = (await s.addUser(admin, 'unit', [unit.id])).token;
    facilitator = (await s.addUser(admin, 'facilitator', [unit.id])).token;
    outsider = (await s.addUser(admin, 'unit', ['some-other-unit'])).token;
  });

  it('same field from the same base: the later HLC wins in either arrival order, the loser is kept', async () => {
    for (const order of ['later last', 'later first'] as const) {
      const inno = await create(admin, writer(), 'innovations', fields.innovation(unit.id, 'Asli'));
      const pa = a.patch('innovations', inno.id, { name: 'Nama A' }, inno.version);
      const pb = b.patch('innovations', inno.id, { name: 'Nama B' }, inno.version);
      const sends =
        order === 'later last'
          ? [
              [a, pa],
              [b, pb],
            ]
          : [
              [b, pb],
              [a, pa],
            ];
      const results = [];
      for (const [w, m] of sends as [Writer, typeof pa][])
        results.push(...(await s.push(member, w.clientId, [m])));
      expect(
        results.map((r) => r.status),
        order,
      ).toEqual(['applied', 'conflict']);

      const pulled = await s.pullAll(member);
      const state = latest(pulled.changes);
      expect(state.get(`innovations/${inno.id}`)?.fields.name, order).toBe('Nama B');
      expect(conflictsOf(pulled.changes, inno.id)).toEqual([
        {
          table: 'innovations',
          recordId: inno.id,
          unitId: unit.id,
          kind: 'field',
          field: 'name',
          winningValue: 'Nama B',
          losingValue: 'Nama A',
          losingClientId: 'client-a',
          losingHlc: pa.hlc,
          resolved: false,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ]);
      expect(conflictsOf((await s.pullAll(outsider)).changes, inno.id)).toEqual([]);
    }
  });

  it('different fields from the same base both apply, with no conflict', async () => {
    const inno = await create(admin, writer(), 'innovations', fields.innovation(unit.id, 'Asli'));
    const cursor = await endCursor(member);
    const results = [
      ...(await s.push(member, a.clientId, [
        a.patch('innovations', inno.id, { name: 'Nama A' }, inno.version),
      ])),
      ...(await s.push(member, b.clientId, [
        b.patch('innovations', inno.id, { tujuan: 'Tujuan B' }, inno.version),
      ])),
    ];
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const { changes } = await s.pullAll(member, cursor);
    expect(changes.map((c) => c.table)).toEqual(['innovations']);
    expect(changes[0]?.fields).toMatchObject({ name: 'Nama A', tujuan: 'Tujuan B' });
  });

  it('delete against edit: the delete wins and the edit is kept as a "deleted" conflict', async () => {
    for (const order of ['delete first', 'edit first'] as const) {
      const inno = await create(admin, writer(), 'innovations', fields.innovation(unit.id, 'Asli'));
      const del = a.remove('innovations', inno.id, inno.version);
      const edit = b.patch('innovations', inno.id, { name: 'Suntingan' }, inno.version);
      const sends: [Writer, typeof del][] =
        order === 'delete first'
          ? [
              [a, del],
              [b, edit],
            ]
          : [
              [b, edit],
              [a, del],
            ];
      const results = [];
      // Deleting an innovation is the facilitator's (a unit team may not).
      for (const [w, m] of sends) results.push(...(await s.push(facilitator, w.clientId, [m])));
      expect(
        results.map((r) => r.status),
        order,
      ).toEqual(['applied', 'conflict']);

      const pulled = await s.pullAll(member);
      const record = latest(pulled.changes).get(`innovations/${inno.id}`);
      expect(record?.deleted, order).toBe(true);
      expect(conflictsOf(pulled.changes, inno.id), order).toEqual([
        expect.objectContaining({
          kind: 'deleted',
          field: 'name',
          losingValue: 'Suntingan',
          losingClientId: 'client-b',
          // The delete met the edit already stored (no value wins), or the edit met the tombstone.
          winningValue: order === 'edit first' ? null : 'Asli',
        }),
      ]);
    }
  });

  it('lets people who see a conflict mark it resolved, and nobody else', async () => {
    const inno = await create(admin, writer(), 'innovations', fields.innovation(unit.id, 'Asli'));
    await s.push(member, b.clientId, [b.patch('innovations', inno.id, { name: 'B' }, inno.version)]);
    await s.push(member, a.clientId, [a.patch('innovations', inno.id, { name: 'A' }, inno.version)]);
    const conflict = (await s.pullAll(member)).changes.find(
      (c) => c.table === 'conflicts' && c.fields.recordId === inno.id,
    );
    expect(conflict).toBeDefined();
    const id = conflict?.recordId ?? '';
    const version = conflict?.version ?? 0;
    const ow = writer();
    const [foreign] = await s.push(outsider, ow.clientId, [
      ow.patch('conflicts', id, { resolved: true }, version),
    ]);
    expect(foreign?.error).toBe('forbidden');
    const [other] = await s.push(member, a.clientId, [
      a.patch('conflicts', id, { losingValue: 'x' }, version),
    ]);
    expect(other?.error).toBe('invalid');
    const [ok] = await s.push(member, a.clientId, [a.patch('conflicts', id, { resolved: true }, version)]);
    expect(ok?.status).toBe('applied');
    const after = (await s.pullAll(member)).changes.find((c) => c.recordId === id);
    expect(after?.fields.resolved).toBe(true);
  });

  it('clamps a far-future HLC: it wins only within the allowed skew, not for as long as the clock is off', async () => {
    const inno = await create(admin, writer(), 'innovations', fields.innovation(unit.id, 'Asli'));
    const day = 24 * 60 * 60 * 1000;
    const future = writer('client-future', () => Date.now() + day);
    const normal = writer('client-normal', () => clock.now().getTime());
    try {
      const [f] = await s.push(member, future.clientId, [
        future.patch('innovations', inno.id, { name: 'Dari masa depan' }, inno.version),
      ]);
      expect(f?.status).toBe('applied');

      // Observed: a normal write made just after still loses, since the stamp was pulled back to
      // server time + MAX_CLOCK_SKEW_MS (60 s), which is still ahead of it.
      const [n1] = await s.push(member, normal.clientId, [
        normal.patch('innovations', inno.id, { name: 'Sekarang' }, inno.version),
      ]);
      expect(n1?.status).toBe('conflict');
      let pulled = await s.pullAll(member);
      expect(latest(pulled.changes).get(`innovations/${inno.id}`)?.fields.name).toBe('Dari masa depan');

      // Once the skew window has passed (not a whole day), a normal concurrent write wins.
      clock.advance(2 * MAX_CLOCK_SKEW_MS);
      const [n2] = await s.push(member, normal.clientId, [
        normal.patch('innovations', inno.id, { name: 'Dua menit kemudian' }, inno.version),
      ]);
      expect(n2?.status).toBe('conflict');
      pulled = await s.pullAll(member);
      expect(latest(pulled.changes).get(`innovations/${inno.id}`)?.fields.name).toBe('Dua menit kemudian');
      const lost = conflictsOf(pulled.changes, inno.id).find((c) => c.losingClientId === 'client-future');
      expect(lost).toMatchObject({ losingValue: 'Dari masa depan', winningValue: 'Dua menit kemudian' });
      // The stored stamp is the clamped one.
      const stamp = parseHlc(String(lost?.losingHlc));
      expect(stamp?.node).toBe('client-future');
      expect(stamp?.ms).toBeLessThanOrEqual(Date.now() + MAX_CLOCK_SKEW_MS + 5_000);
    } finally {
      clock.reset();
    }
  });
});
