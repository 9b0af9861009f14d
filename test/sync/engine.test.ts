/**
 * Focused tests of the client sync engine (push, pull, per-field rebase) and of the runner that
 * decides when it runs. Server-backed tests use the simulation's world (real storage and app,
 * in-process); the others script the transport.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { forgetDevice } from '../../src/db/device';
import { createRecord, updateRecord } from '../../src/db/mutations';
import { KlinikDb } from '../../src/db/schema';
import { getCursor, takeOutboxBatch } from '../../src/db/sync-store';
import { newUnitFields } from '../../src/domain/unit';
import { retryDelay } from '../../src/protocol/backoff';
import type { PullResponse, PushRequest, PushResponse } from '../../src/protocol/protocol';
import { pullAll, pushAll, syncOnce } from '../../src/sync/engine';
import { HttpError } from '../../src/sync/http';
import { createSyncRunner, PERIODIC_MS, type RunnerStatus } from '../../src/sync/runner';
import type { Transport } from '../../src/sync/transport';
import { createWorld, type World } from './sim/harness';
import { keyOf } from './sim/ledger';

let world: World | null = null;
async function newWorld(): Promise<World> {
  world = await createWorld();
  return world;
}
/**
 * A server holding 7 records (a unit, an innovation and its five stages) synced by one
 * coordinator's device, and a second coordinator's device `b` that has not pulled yet.
 */
async function sevenRecordsOnServer() {
  const w = await newWorld();
  const a = await w.device('coordinator');
  const unit = await createRecord('units', unitFields(), a.db);
  await createInnovation({ unitId: unit, name: 'Klinik Sehat' }, a.db);
  await a.syncNow();
  return { w, b: await w.device('coordinator') };
}
const dbs: KlinikDb[] = [];
let dbCount = 0;

function localDb(): KlinikDb {
  const db = new KlinikDb(`engine-test-${++dbCount}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  vi.useRealTimers();
  await world?.close();
  world = null;
  for (const db of dbs.splice(0)) {
    db.close();
    forgetDevice(db);
    await new KlinikDb(db.name).delete();
  }
});

const unitFields = (name = 'Dinas Kesehatan') => newUnitFields({ name, kind: 'opd' });

/** Records every call; each answer comes from `script` (throw to fail the call). */
function scripted(script: {
  push?: (req: PushRequest, n: number) => PushResponse | Promise<PushResponse>;
  pull?: (cursor: string, limit: number, n: number) => PullResponse | Promise<PullResponse>;
}) {
  const calls = { push: [] as PushRequest[], pull: [] as string[] };
  const transport: Transport = {
    push: async (req) => {
      calls.push.push(req);
      if (!script.push) throw new Error('unexpected push');
      return script.push(req, calls.push.length);
    },
    pull: async (cursor, limit) => {
      calls.pull.push(cursor);
      if (!script.pull) return { changes: [], cursor, hasMore: false };
      return script.pull(cursor, limit, calls.pull.length);
    },
  };
  return { transport, calls };
}

const serverVersion = (w: World, table: string, id: string) =>
  w.server.ledger.mirror.get(keyOf(table, id))?.version;

describe('push', () => {
  it('acknowledges every entry, and the pull after it records the server versions', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator');
    const unit = await createRecord('units', unitFields(), a.db);
    const innovation = await createInnovation({ unitId: unit, name: 'Klinik Sehat' }, a.db);

    const pushed = await pushAll({ db: a.db, transport: a.transport });
    expect(pushed).toEqual({ pushed: 7, rejected: 0 });
    expect(await a.db.outbox.count()).toBe(0);
    // The acknowledgement alone does not claim a version: only a pull says what the row reflects.
    expect((await a.db.units.get(unit))?.version).toBe(0);

    await pullAll({ db: a.db, transport: a.transport });
    expect((await a.db.units.get(unit))?.version).toBe(serverVersion(w, 'units', unit));
    expect((await a.db.innovations.get(innovation))?.version).toBe(
      serverVersion(w, 'innovations', innovation),
    );
    for (const stage of await a.db.stageProgress.toArray()) {
      expect(stage.version).toBe(serverVersion(w, 'stageProgress', stage.id));
    }
    expect(await w.problems()).toEqual([]);
  });

  it('moves a rejected mutation to the dead letters and lets the rest of the queue through', async () => {
    const w = await newWorld();
    const coordinator = await w.device('coordinator');
    const unit = await createRecord('units', unitFields(), coordinator.db);
    await coordinator.syncNow();
    const f = await w.device('facilitator', { unitIds: [unit] });
    await f.syncNow();
    // Targets are the coordinator's: the server refuses this one as forbidden.
    await createRecord('targets', { year: 2025, proposalTarget: 100, onePerAgency: true, notes: '' }, f.db);
    await updateRecord('units', unit, { contactPerson: 'Bu Ani' }, f.db);

    const result = await syncOnce({ db: f.db, transport: f.transport, pushBatch: 1 });
    expect(result.rejected).toBe(1);
    expect(result.pushed).toBe(1);
    expect(await f.db.outbox.count()).toBe(0);
    const dead = await f.db.deadLetters.toArray();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      error: 'forbidden',
      entry: { table: 'targets', op: 'create', inFlight: false },
    });
    expect(w.server.ledger.mirror.get(keyOf('units', unit))?.fields.contactPerson).toBe('Bu Ani');
  });

  it('releases in-flight entries on a transport error, keeps them queued, and never folds new edits into them', async () => {
    const db = localDb();
    const unit = await createRecord('units', unitFields(), db);
    const { transport, calls } = scripted({
      push: () => {
        throw new HttpError('network', 'network', 'offline');
      },
    });
    await expect(pushAll({ db, transport })).rejects.toMatchObject({ kind: 'network' });
    expect(calls.push).toHaveLength(1);
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ op: 'create', inFlight: false, sent: true });

    // The server may have applied that create: an edit now needs its own mutation id.
    await updateRecord('units', unit, { contactPerson: 'Pak Dedi' }, db);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.op)).toEqual(['create', 'patch']);

    const ok = scripted({
      push: (req) => ({ results: req.mutations.map((m) => ({ id: m.id, status: 'applied', version: 1 })) }),
    });
    expect(await pushAll({ db, transport: ok.transport })).toEqual({ pushed: 2, rejected: 0 });
    expect(ok.calls.push[0]?.mutations.map((m) => m.id)).toEqual(entries.map((e) => e.id));
    expect(await db.outbox.count()).toBe(0);
  });

  it('releases entries left in flight by a pass that was killed', async () => {
    const db = localDb();
    await createRecord('units', unitFields(), db);
    await takeOutboxBatch(10, db); // the pass died right after taking its batch
    expect((await db.outbox.toArray())[0]?.inFlight).toBe(true);
    const ok = scripted({
      push: (req) => ({ results: req.mutations.map((m) => ({ id: m.id, status: 'applied', version: 1 })) }),
    });
    expect(await pushAll({ db, transport: ok.transport })).toEqual({ pushed: 1, rejected: 0 });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('pull', () => {
  it('saves the cursor with each page: a device killed on page 2 resumes at page 2', async () => {
    const { w, b } = await sevenRecordsOnServer();
    const cursors: string[] = [];
    const failing: Transport = {
      push: (req) => b.transport.push(req),
      pull: async (cursor, limit) => {
        cursors.push(cursor);
        if (cursors.length === 2) throw new HttpError('network', 'network', 'connection dropped');
        return b.transport.pull(cursor, limit);
      },
    };
    await expect(pullAll({ db: b.db, transport: failing, pullLimit: 3 })).rejects.toThrow(
      'connection dropped',
    );
    const afterPage1 = await getCursor(b.db);
    expect(afterPage1).not.toBe('');
    expect(cursors).toEqual(['', afterPage1]);
    expect(await b.db.units.count()).toBe(1); // page 1 (the unit, the innovation, one stage) is in
    expect(await b.db.innovations.count()).toBe(1);

    await b.crash(false); // a new handle on the same database, as after a reload
    cursors.length = 0;
    const recording: Transport = {
      push: (req) => b.transport.push(req),
      pull: (cursor, limit) => {
        cursors.push(cursor);
        return b.transport.pull(cursor, limit);
      },
    };
    await pullAll({ db: b.db, transport: recording, pullLimit: 3 });
    expect(cursors[0]).toBe(afterPage1);
    expect(cursors).toHaveLength(2); // pages 2 and 3, not from zero
    expect(await b.db.stageProgress.count()).toBe(5);
    expect(await w.problems()).toEqual([]);
  });

  it('asks for the next page before writing the current one, and still writes pages in order', async () => {
    const { w, b } = await sevenRecordsOnServer();
    const storedWhenAsked: string[] = [];
    const overlapping: Transport = {
      push: (req) => b.transport.push(req),
      pull: async (cursor, limit) => {
        storedWhenAsked.push(await getCursor(b.db));
        return b.transport.pull(cursor, limit);
      },
    };
    expect(await pullAll({ db: b.db, transport: overlapping, pullLimit: 3 })).toBe(7);
    // Page 2 was requested while page 1 was still unwritten (the stored cursor was still empty).
    expect(storedWhenAsked.slice(0, 2)).toEqual(['', '']);
    expect(storedWhenAsked).toHaveLength(3);
    expect(await b.db.stageProgress.count()).toBe(5);
    expect(await w.problems()).toEqual([]);
  });

  it('re-applies a pending local edit over a pulled version, field by field', async () => {
    const w = await newWorld();
    const a = await w.device('coordinator');
    const b = await w.device('coordinator');
    const unit = await createRecord('units', unitFields(), a.db);
    await w.syncAll(2);
    await updateRecord('units', unit, { name: 'Dinas Kesehatan Kota' }, a.db); // pending on a
    await updateRecord('units', unit, { name: 'Dinkes', contactPerson: 'dr. Rina' }, b.db);
    await b.syncNow();

    await pullAll({ db: a.db, transport: a.transport });
    const row = await a.db.units.get(unit);
    expect(row?.name).toBe('Dinas Kesehatan Kota'); // still what a typed
    expect(row?.contactPerson).toBe('dr. Rina'); // b's other field arrives
    expect(row?.version).toBe(serverVersion(w, 'units', unit));
    expect(await a.db.outbox.count()).toBe(1);
  });
});

describe('runner', () => {
  const until = async (what: () => boolean) => {
    for (let i = 0; i < 500 && !what(); i++) await new Promise((r) => setImmediate(r));
    if (!what()) throw new Error('condition not reached');
  };

  function runnerWith(fail: () => Error | null) {
    const statuses: RunnerStatus[] = [];
    let pulls = 0;
    const transport: Transport = {
      push: async () => ({ results: [] }),
      pull: async (cursor) => {
        pulls++;
        const err = fail();
        if (err) throw err;
        return { changes: [], cursor: cursor || '0.abc', hasMore: false };
      },
    };
    const runner = createSyncRunner({
      db: localDb(),
      transport,
      onStatus: (s) => statuses.push(s),
      random: () => 0,
    });
    return { runner, statuses, pulls: () => pulls };
  }

  /** [name, the failure, the state after it, the error code the sync page explains]. */
  const cases: [string, () => Error, RunnerStatus['state'], string][] = [
    ['network', () => new HttpError('network', 'network', 'offline'), 'offline', 'network'],
    ['timeout', () => new HttpError('timeout', 'timeout', 'no answer'), 'offline', 'timeout'],
    ['server', () => new HttpError('server', 'internal', '500', 500), 'error', 'internal'],
    [
      'client',
      () => new HttpError('client', 'unsupported-schema', '400', 400),
      'error',
      'unsupported-schema',
    ],
    ['auth', () => new HttpError('auth', 'unauthorized', '401', 401), 'needsLogin', 'unauthorized'],
    // Not an answer of the server: something failed on this device.
    ['an unexpected exception', () => new TypeError('boom'), 'error', 'client'],
  ];

  it.each(cases)('returns to a non-syncing state after a %s failure', async (_name, error, state, code) => {
    const { runner, statuses } = runnerWith(error);
    await runner.runNow();
    runner.stop();
    expect(statuses.map((s) => s.state)).toEqual(['syncing', state]);
    expect(runner.status()).toMatchObject({ state, progress: null, lastError: code });
  });

  it('backs off on network errors, more each time, and resets after a success', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let failing = true;
    const { runner, pulls } = runnerWith(() =>
      failing ? new HttpError('network', 'network', 'offline') : null,
    );
    await runner.runNow();
    expect(pulls()).toBe(1);
    expect(runner.status().state).toBe('offline');
    let elapsed = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const delay = retryDelay(attempt, () => 0); // 1 s, 2 s, 4 s
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(pulls()).toBe(attempt + 1);
      if (attempt === 2) failing = false;
      await vi.advanceTimersByTimeAsync(1);
      await until(() => pulls() === attempt + 2 && runner.status().state !== 'syncing');
      elapsed += delay;
    }
    expect(elapsed).toBeLessThan(PERIODIC_MS);
    expect(runner.status()).toMatchObject({ state: 'idle', lastError: null });
    // A success resets the backoff: no retry is pending, only the periodic pass.
    await vi.advanceTimersByTimeAsync(PERIODIC_MS - elapsed - 1);
    expect(pulls()).toBe(4);
    runner.stop();
  });

  it('stops on an auth error: needsLogin, no retries until asked again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    let expired = true;
    const { runner, pulls } = runnerWith(() =>
      expired ? new HttpError('auth', 'token-expired', '401', 401) : null,
    );
    await runner.runNow();
    expect(runner.status()).toMatchObject({ state: 'needsLogin', lastError: 'token-expired' });
    await vi.advanceTimersByTimeAsync(10 * PERIODIC_MS);
    expect(pulls()).toBe(1);
    expect(runner.status().state).toBe('needsLogin');
    // Logging in again asks for a pass (client.ts calls request(0)).
    expired = false;
    runner.request(0);
    await vi.advanceTimersByTimeAsync(0);
    await until(() => pulls() === 2 && runner.status().state === 'idle');
    runner.stop();
  });
});
