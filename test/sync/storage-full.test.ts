/**
 * Storage full never blocks sending (issue 12): with changes waiting and the quota exhausted,
 * "Sinkronkan sekarang" still pushes them (sending is what frees space), the push's own
 * bookkeeping writes do not abort it, and the person hears about storage, not "kesalahan client".
 */
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/mutations';
import type { KlinikDb } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';
import { createSyncRunner, type RunnerStatus } from '../../src/sync/runner';
import { createWorld, type World } from './sim/harness';
import { keyOf } from './sim/ledger';

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** Makes every write but a delete fail as a full disk does, while `full.on` is set. */
async function fillUp(database: KlinikDb): Promise<{ on: boolean }> {
  const full = { on: false };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-quota',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            full.on && req.type !== 'delete' && req.type !== 'deleteRange'
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(req),
        };
      },
    }),
  };
  // Middleware is built when the database opens.
  database.close();
  database.use(middleware);
  await database.open();
  return full;
}

describe('storage full', () => {
  it('still sends waiting changes, frees the outbox and says storage is full', async () => {
    world = await createWorld();
    const a = await world.device('coordinator');
    const b = await world.device('coordinator');
    const full = await fillUp(a.db);
    const unit = await createRecord('units', newUnitFields({ name: 'Dinas Pangan', kind: 'opd' }), a.db);
    // Something to pull, so the pass also has to store what the server sends.
    await createRecord('units', newUnitFields({ name: 'Dinas Lain', kind: 'opd' }), b.db);
    await b.syncNow();
    expect(await a.db.outbox.count()).toBe(1);

    full.on = true;
    const statuses: RunnerStatus[] = [];
    const runner = createSyncRunner({ db: a.db, transport: a.transport, onStatus: (s) => statuses.push(s) });
    try {
      await runner.runNow();
    } finally {
      runner.stop();
    }
    expect(world.server.ledger.mirror.get(keyOf('units', unit))?.fields.name).toBe('Dinas Pangan');
    expect(await a.db.outbox.count()).toBe(0);
    expect(runner.status().lastError).toBe('storage-full');
    expect(statuses.map((s) => s.lastError)).not.toContain('client');
  });

  it('keeps a refused change queued rather than losing it when it cannot be filed', async () => {
    world = await createWorld();
    const u = await world.device('unit', { unitIds: [] });
    const full = await fillUp(u.db);
    // A unit team may not create units: the server refuses it.
    await createRecord('units', newUnitFields({ name: 'Unit terlarang', kind: 'opd' }), u.db);
    full.on = true;
    await u.syncNow().catch(() => undefined);
    expect(await u.db.outbox.count()).toBe(1);
    full.on = false;
    await u.syncNow();
    expect(await u.db.outbox.count()).toBe(0);
    expect(await u.db.deadLetters.count()).toBe(1);
  });
});
