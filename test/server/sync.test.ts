// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/domain/tables';
import { MAX_CLOCK_SKEW_MS } from '../../src/server/sync/apply-push';
import { parseHlc } from '../../src/sync/hlc';
import { type Change, MAX_BODY_BYTES, MAX_PUSH_MUTATIONS, SCHEMA_VERSION } from '../../src/sync/protocol';
import {
  fields,
  isErrorBody,
  latest,
  startServer,
  type TestServer,
  testClock,
  type Writer,
  writer,
} from './helpers';

const clock = testClock();
let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startServer({ now: clock.now });
  admin = s.adminToken;
});
afterAll(() => s.close());

/** Creates one record through a push and returns its id and version. */
async function create(token: string, w: Writer, table: TableName, f: object) {
  const m = w.create(table, f);
  const [r] = await s.push(token, w.clientId, [m]);
  expect(r, `create ${table}`).toMatchObject({ id: m.id, status: 'applied' });
  return { id: m.recordId, version: r?.version ?? 0 };
}

const keys = (changes: Change[]) => changes.map((c) => `${c.table}/${c.recordId}`);
const conflictsOf = (changes: Change[], recordId: string) =>
  changes.filter((c) => c.table === 'conflicts' && c.fields.recordId === recordId).map((c) => c.fields);
/** The cursor at the current end of what `token` can see. */
const endCursor = async (token: string) => (await s.pullAll(token)).cursor;

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

describe('scopes', () => {
  const w = writer();
  let unitA: { id: string; version: number };
  let unitB: { id: string; version: number };
  let innoA: { id: string; version: number };
  let innoB: { id: string; version: number };
  let itemB: { id: string; version: number };
  let target: { id: string; version: number };
  beforeAll(async () => {
    unitA = await create(admin, w, 'units', fields.unit('Unit A'));
    unitB = await create(admin, w, 'units', fields.unit('Unit B'));
    innoA = await create(admin, w, 'innovations', fields.innovation(unitA.id, 'Inovasi A'));
    innoB = await create(admin, w, 'innovations', fields.innovation(unitB.id, 'Inovasi B'));
    itemB = await create(admin, w, 'actionItems', fields.actionItem(unitB.id));
    target = await create(admin, w, 'targets', fields.target(2040));
  });

  it("a unit member pulls their unit's records and city-wide targets, never another unit's", async () => {
    const member = await s.addUser(admin, 'unit', [unitA.id]);
    const seen = keys((await s.pullAll(member.token)).changes);
    expect(seen).toEqual(
      expect.arrayContaining([`units/${unitA.id}`, `innovations/${innoA.id}`, `targets/${target.id}`]),
    );
    for (const id of [unitB.id, innoB.id, itemB.id]) expect(seen.join(' ')).not.toContain(id);
  });

  it('a unit member cannot write another unit, create units or targets, or reach /api/users', async () => {
    const member = await s.addUser(admin, 'unit', [unitA.id]);
    const mw = writer();
    const results = await s.push(member.token, mw.clientId, [
      mw.patch('innovations', innoB.id, { name: 'Diubah' }, innoB.version),
      mw.create('innovations', fields.innovation(unitB.id, 'Masuk B')),
      mw.create('units', fields.unit('Unit Baru')),
      mw.create('targets', fields.target(2041)),
      mw.patch('units', unitB.id, { name: 'B diubah' }, unitB.version),
      mw.patch('innovations', innoA.id, { unitId: unitB.id }, innoA.version),
      mw.remove('units', unitA.id, unitA.version),
      mw.patch('innovations', innoA.id, { name: 'Inovasi A (edit)' }, innoA.version),
    ]);
    expect(results.map((r) => r.error ?? r.status)).toEqual([...Array(7).fill('forbidden'), 'applied']);
    for (const r of results.slice(0, 7)) expect(r).toMatchObject({ status: 'rejected', version: 0 });

    const state = latest((await s.pullAll(admin)).changes);
    expect(state.get(`innovations/${innoB.id}`)?.fields.name).toBe('Inovasi B');
    expect(state.get(`units/${unitB.id}`)?.fields.name).toBe('Unit B');
    expect(state.get(`innovations/${innoA.id}`)?.fields).toMatchObject({
      unitId: unitA.id,
      name: 'Inovasi A (edit)',
    });

    const users = await s.get('/api/users', member.token);
    expect(users.status).toBe(403);
    expect(isErrorBody(users.body, 'forbidden')).toBe(true);
  });

  it("a facilitator sees assigned units; a new assignment brings the unit's older records with the old cursor", async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const first = await s.pullAll(fac.token);
    expect(keys(first.changes)).toContain(`innovations/${innoA.id}`);
    expect(keys(first.changes).join(' ')).not.toContain(unitB.id);
    const fw = writer();
    const [denied] = await s.push(fac.token, fw.clientId, [
      fw.patch('actionItems', itemB.id, { owner: 'X' }, 0),
    ]);
    expect(denied?.error).toBe('forbidden');

    const assign = await s.patch(`/api/users/${fac.id}`, { unitIds: [unitA.id, unitB.id] }, admin);
    expect(assign.status).toBe(200);
    const next = await s.pullAll(fac.token, first.cursor);
    expect(keys(next.changes)).toEqual(
      expect.arrayContaining([`units/${unitB.id}`, `innovations/${innoB.id}`, `actionItems/${itemB.id}`]),
    );
    // Those records are older than the cursor the facilitator already had.
    expect(itemB.version).toBeLessThan(Number(first.cursor.split('.')[0]));
    const [allowed] = await s.push(fac.token, fw.clientId, [
      fw.patch('actionItems', itemB.id, { owner: 'X' }, itemB.version),
    ]);
    expect(allowed?.status).toBe('applied');
  });

  it('a facilitator who creates a unit is assigned to it', async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const fw = writer();
    const unitC = await create(fac.token, fw, 'units', fields.unit('Unit C'));
    const me = await s.get('/api/auth/me', fac.token);
    expect(me.body.user.unitIds).toEqual([unitA.id, unitC.id]);
    expect(keys((await s.pullAll(fac.token)).changes)).toContain(`units/${unitC.id}`);
  });

  it("a facilitator cannot write another unit by sending a create with that unit's id", async () => {
    const fac = await s.addUser(admin, 'facilitator', [unitA.id]);
    const fw = writer();
    const [r] = await s.push(fac.token, fw.clientId, [
      fw.create('units', { ...fields.unit('Diambil alih'), contactPerson: 'Penyusup' }, unitB.id),
    ]);
    expect(r).toMatchObject({ status: 'rejected', error: 'forbidden' });
    const state = latest((await s.pullAll(admin)).changes);
    expect(state.get(`units/${unitB.id}`)?.fields).toMatchObject({ name: 'Unit B', contactPerson: '' });
  });
});

describe('conflicts', () => {
  const t0 = Date.now();
  const a = writer('client-a', () => t0);
  const b = writer('client-b', () => t0 + 1000); // b's stamps are later
  let unit: { id: string; version: number };
  let member: string;
  let outsider: string;
  beforeAll(async () => {
    unit = await create(admin, writer(), 'units', fields.unit('Unit Konflik'));
    member = (await s.addUser(admin, 'unit', [unit.id])).token;
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
      for (const [w, m] of sends) results.push(...(await s.push(member, w.clientId, [m])));
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

describe('rejected mutations', () => {
  it('rejects invalid values with details, and still applies the rest of the push', async () => {
    const w = writer();
    const unit = w.create('units', fields.unit('Unit Validasi'));
    const badInno = w.create('innovations', {
      ...fields.innovation(unit.recordId),
      tahapan: 'bogus',
      trialDate: '2025-02-30',
    });
    const item = w.create('actionItems', fields.actionItem(unit.recordId));
    const results = await s.push(admin, w.clientId, [
      unit,
      badInno,
      w.patch('units', unit.recordId, { contactPhone: 'call me' }, 0),
      w.patch('units', unit.recordId, { secret: 1 }, 0),
      w.create('targets', { ...fields.target(1999) }),
      item,
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(results[1]).toEqual({
      id: badInno.id,
      status: 'rejected',
      version: 0,
      error: 'invalid',
      details: expect.arrayContaining([
        { field: 'tahapan', code: 'invalidChoice' },
        { field: 'trialDate', code: 'invalidDate' },
      ]),
    });
    expect(results[2]).toMatchObject({
      error: 'invalid',
      details: [{ field: 'contactPhone', code: 'invalidNumber' }],
    });
    expect(results[3]).toMatchObject({
      error: 'invalid',
      details: [{ field: 'secret', code: 'invalidChoice' }],
    });
    expect(results[4]).toMatchObject({ error: 'invalid', details: [{ field: 'year', code: 'invalidYear' }] });
    const state = latest((await s.pullAll(admin)).changes);
    expect(state.has(`units/${unit.recordId}`)).toBe(true);
    expect(state.has(`actionItems/${item.recordId}`)).toBe(true);
    expect(state.has(`innovations/${badInno.recordId}`)).toBe(false);
    expect(state.get(`units/${unit.recordId}`)?.fields.contactPhone).toBe('');
  });

  it('rejects an unknown table, a create with missing fields, a bad stamp and writes to unknown records', async () => {
    const w = writer();
    const unknownTable = { ...w.create('units', fields.unit()), table: 'secrets' as TableName };
    const missing = w.create('units', { name: 'Setengah' });
    const badStamp = { ...w.create('units', fields.unit()), hlc: 'yesterday' };
    const results = await s.push(admin, w.clientId, [
      unknownTable,
      missing,
      badStamp,
      w.patch('units', 'no-such-unit', { name: 'X' }, 1),
      w.remove('innovations', 'no-such-innovation', 1),
      w.create('stageProgress', fields.stageProgress('no-such-innovation')),
    ]);
    expect(results.map((r) => r.error)).toEqual([
      'unknown-table',
      'invalid',
      'invalid',
      'not-found',
      'not-found',
      'not-found',
    ]);
    expect(results[1]?.details).toEqual(
      expect.arrayContaining([
        { field: 'kind', code: 'required' },
        { field: 'group', code: 'required' },
      ]),
    );
    expect(results[2]?.details).toEqual([{ field: 'hlc', code: 'invalidChoice' }]);
    expect(results.every((r) => r.status === 'rejected' && r.version === 0)).toBe(true);
  });
});

describe('malformed pushes', () => {
  const w = writer();
  const good = () => w.create('units', fields.unit('Tidak boleh tersimpan'));
  const body = (mutations: unknown[], extra: object = {}) =>
    JSON.stringify({ clientId: w.clientId, schemaVersion: SCHEMA_VERSION, mutations, ...extra });

  it('answers 400 bad-request and stores nothing', async () => {
    const cursor = await endCursor(admin);
    const m = good();
    const bodies = [
      'not json',
      '[]',
      body([], { clientId: '' }),
      body([], { schemaVersion: '1' }),
      JSON.stringify({ clientId: w.clientId, schemaVersion: SCHEMA_VERSION, mutations: { 0: m } }),
      body([good(), 'x']),
      body([good(), { ...good(), op: 'upsert' }]),
      body([good(), { ...good(), baseVersion: -1 }]),
      body([good(), { ...good(), baseVersion: 1.5 }]),
      body([good(), { ...good(), fields: [] }]),
      body([good(), { ...good(), recordId: '' }]),
      body([m, { ...good(), id: m.id }]),
      body(Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, good)),
    ];
    for (const raw of bodies) {
      const r = await s.request('POST', '/api/sync/push', { raw, token: admin });
      expect(r.status, raw.slice(0, 120)).toBe(400);
      expect(isErrorBody(r.body, 'bad-request')).toBe(true);
    }
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('answers a body over 2 MiB with 413 payload-too-large', async () => {
    const cursor = await endCursor(admin);
    const big = { ...good(), fields: { ...fields.unit(), parentAgency: 'x'.repeat(MAX_BODY_BYTES) } };
    const r = await s.request('POST', '/api/sync/push', { raw: body([big]), token: admin });
    expect(r.status).toBe(413);
    expect(isErrorBody(r.body, 'payload-too-large')).toBe(true);
    // The unread rest of the body ends the connection: the answer says so, so it is not reused.
    expect(r.headers.get('connection')).toBe('close');
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('answers another schema version with 409 unsupported-schema', async () => {
    const cursor = await endCursor(admin);
    const r = await s.request('POST', '/api/sync/push', {
      raw: body([good()], { schemaVersion: SCHEMA_VERSION + 1 }),
      token: admin,
    });
    expect(r.status).toBe(409);
    expect(isErrorBody(r.body, 'unsupported-schema')).toBe(true);
    expect((await s.pull(admin, cursor)).body.changes).toEqual([]);
  });

  it('requires a token', async () => {
    const r = await s.request('POST', '/api/sync/push', { raw: body([good()]) });
    expect(r.status).toBe(401);
    expect(isErrorBody(r.body, 'unauthorized')).toBe(true);
  });
});
