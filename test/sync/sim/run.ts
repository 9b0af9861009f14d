/**
 * One seed of the sync simulation. Everything random comes from the seed; time is simulated
 * (server clock + a fixed skew per device); nothing runs concurrently except as the scheduler
 * interleaves it, so a seed replays exactly.
 *
 * 1. Setup: a server (real storage + app), a coordinator device that creates a few units and
 *    syncs, facilitator accounts assigned to some of those units, their devices logged in.
 * 2. Faults: `steps` scheduler steps, each one of — a local edit on some device; starting a
 *    sync pass; delivering one held request (any device's: reordering) as ok / lost request /
 *    lost response after commit / duplicated (at once or as a late ghost); a ghost arriving;
 *    a device killed mid-pass and restarted from its stored state; a device going offline for
 *    a stretch. Devices' clocks are skewed by minutes, one possibly by days into the future.
 * 3. Quiet: faults stop, held requests go through, every device syncs until a round in which
 *    nobody pushes anything.
 * 4. Invariants (checks.ts, ledger.ts); any problem fails the seed with a trace.
 */
import 'fake-indexeddb/auto';
import { createInnovation } from '../../../src/db/commands/innovations';
import { createRecord } from '../../../src/db/mutations';
import { newUnitFields } from '../../../src/domain/unit';
import type { PublicUser } from '../../../src/protocol/protocol';
import {
  compareWithServer,
  outboxProblems,
  pendingShown,
  replayProblems,
  scopeProblems,
  tombstoneProblems,
  visibleTo,
} from './checks';
import { SimClient } from './client';
import { Network, type Outcome } from './network';
import { createRng } from './prng';
import { createSimServer, SIM_EPOCH } from './server';
import { SimFailure, Trace } from './trace';
import { randomOp } from './workload';

export interface SimOptions {
  /** Scheduler steps with faults on (default 30, as in simulation.test.ts). */
  steps?: number;
  /** Devices, coordinator included (default: 3 or 4 from the seed). */
  clients?: number;
  /** Fresh-device pull check at the end (default true). */
  freshClient?: boolean;
}

export interface SeedStats {
  seed: number;
  pushes: number;
  mutations: number;
  conflicts: number;
  crashes: number;
  faults: number;
  /** The end of the trace (ids are aliases): equal for two runs of one seed. */
  trace: string;
}

const MINUTE = 60_000;

export async function runSeed(seed: number, opts: SimOptions = {}): Promise<SeedStats> {
  const rng = createRng(seed);
  const names = new Map<string, string>();
  const server = await createSimServer((id) => names.get(id) ?? id);
  const trace = new Trace(server.now, SIM_EPOCH);
  const network = new Network(server, trace);
  let step = 0;
  const clients: SimClient[] = [];
  const problems: string[] = [];
  const steps = opts.steps ?? 30;
  try {
    const nClients = opts.clients ?? rng.range(3, 4);
    // Skews: one honest clock, others minutes off either way, sometimes one far in the future.
    const offsets = [
      0,
      ...Array.from({ length: nClients - 1 }, () => rng.range(-8, 8) * MINUTE + rng.range(-999, 999)),
    ];
    if (rng.chance(0.4))
      offsets[rng.range(1, nClients - 1)] = rng.pick([3 * 60, 26 * 60, 9 * 24 * 60]) * MINUTE;

    const device = (i: number, user: PublicUser) => {
      const c = new SimClient(
        {
          name: `c${i}`,
          dbName: `sim-${seed}-${i}`,
          clientId: `sim${seed}-dev${i}`,
          user,
          offsetMs: offsets[i] ?? 0,
          pullLimit: rng.pick([2, 3, 5, 10, 100]),
          pushBatch: rng.pick([1, 2, 3, 5, 200]),
        },
        server,
        network,
        () => step,
      );
      names.set(c.clientId, c.name);
      clients.push(c);
      return c;
    };

    // 1. Setup.
    const coordinator = device(0, await server.createUser('koordinator', 'coordinator', []));
    await coordinator.start();
    const unitIds: string[] = [];
    for (let i = 0; i < rng.range(2, 3); i++) {
      unitIds.push(
        await createRecord('units', newUnitFields({ name: `Unit ${i}`, kind: 'opd' }), coordinator.db),
      );
    }
    for (const unitId of unitIds) {
      if (rng.chance(0.7))
        await createInnovation({ unitId, name: coordinator.unique('Inovasi') }, coordinator.db);
    }
    network.hold = false;
    await coordinator.syncNow(500);
    for (let i = 1; i < nClients; i++) {
      const assigned = unitIds.filter(() => rng.chance(0.6));
      if (assigned.length === 0) assigned.push(rng.pick(unitIds));
      const c = device(i, await server.createUser(`fasilitator${i}`, 'facilitator', assigned));
      await c.start();
      await c.syncNow(500); // the app syncs right after a login
    }
    trace.log(
      `setup: ${clients.map((c) => `${c.name}=${c.user.role}${c.user.unitIds.length ? `[${c.user.unitIds.map(trace.id.bind(trace)).join(',')}]` : ''} skew ${Math.round(c.cfg.offsetMs / 1000)}s pull ${c.cfg.pullLimit} push ${c.cfg.pushBatch}`).join('; ')}`,
    );

    const alias = (id: string) => trace.id(id);
    // 2. Faults.
    network.hold = true;
    let faults = 0;
    for (step = 0; step < steps; step++) {
      server.advance(rng.range(0, 4000));
      const c = rng.pick(clients);
      const action = rng.weighted([
        10, // local edit
        2.5, // start a pass
        network.pending.length ? 6 : 0, // deliver a held request
        network.ghosts.length ? 0.5 : 0,
        0.4, // crash
        0.3, // partition
      ]);
      if (action === 0) {
        const { line, problem } = await randomOp(c, rng, trace);
        trace.log(line);
        if (problem) problems.push(problem);
      } else if (action === 1) {
        if (c.inPass()) continue;
        trace.log(`${c.name} starts a pass${c.offline() ? ' (offline)' : ''}`);
        await c.startPass();
        if (!c.inPass()) trace.log(`${c.name} pass ended: ${c.lastError || 'ok'}`);
      } else if (action === 2) {
        const p = network.pending.splice(rng.int(network.pending.length), 1)[0];
        if (!p) continue;
        const target = clients.find((x) => x === p.device) as SimClient;
        let outcome: Outcome =
          (['ok', 'drop-request', 'drop-response', 'duplicate'] as const)[
            rng.weighted([14, 2, 2, p.kind === 'push' ? 2 : 0])
          ] ?? 'ok';
        if (target.offline()) outcome = 'drop-request';
        const ghost = outcome === 'duplicate' && rng.chance(0.5);
        if (outcome !== 'ok') faults++;
        trace.log(`deliver ${network.describe(p)} → ${outcome}${ghost ? ' (ghost later)' : ''}`);
        await target.advance(() => void network.deliver(p, outcome, ghost));
        problems.push(...(await pendingShown(target.name, target.db, alias)));
        if (!target.inPass()) trace.log(`${target.name} pass ended: ${target.lastError || 'ok'}`);
      } else if (action === 3) {
        await network.deliverGhost(rng.int(network.ghosts.length));
      } else if (action === 4) {
        const serverGotIt = rng.chance(0.5);
        trace.log(
          `${c.name} killed${c.inPass() ? ` mid-pass (server ${serverGotIt ? 'got' : 'never got'} the request)` : ''}, restarts`,
        );
        await c.crash(serverGotIt);
        faults++;
      } else {
        c.offlineUntil = step + rng.range(3, 15);
        trace.log(`${c.name} offline until step ${c.offlineUntil}`);
        faults++;
      }
    }

    // 3. Quiet.
    trace.log('faults stop');
    network.hold = false;
    for (const c of clients) c.offlineUntil = -1;
    while (network.pending.length) {
      const p = network.pending.splice(rng.int(network.pending.length), 1)[0];
      if (!p) break;
      const target = clients.find((x) => x === p.device) as SimClient;
      await target.advance(() => void network.deliver(p, 'ok'));
    }
    while (network.ghosts.length) await network.deliverGhost(0);
    // Until a round in which nobody pushes: the server no longer changes, so that round's pulls
    // brought every device the final state.
    let quiet = false;
    for (let round = 0; round < 6 && !quiet; round++) {
      quiet = true;
      for (const c of clients) {
        // Big pages here (faster); small ones are exercised during faults and by the fresh device.
        const r = await c.syncNow(100);
        if (r.pushed + r.rejected > 0) quiet = false;
      }
    }
    if (!quiet) problems.push('devices still pushing after 6 quiet rounds');

    // 4. Invariants.
    for (const c of clients) {
      problems.push(...(await outboxProblems(c.name, c.db)));
      problems.push(...(await tombstoneProblems(c.name, c.db)));
      const account = await server.storage.getUser(c.user.id);
      if (!account) throw new Error('account vanished');
      problems.push(
        ...(await compareWithServer(c.name, c.db, visibleTo(account, server.ledger.mirror), alias)),
      );
    }
    if (opts.freshClient ?? true) {
      const who = rng.pick(clients);
      const fresh = new SimClient(
        {
          name: 'fresh',
          dbName: `sim-${seed}-fresh`,
          clientId: `sim${seed}-fresh`,
          user: who.user,
          offsetMs: 0,
          pullLimit: rng.range(2, 5),
          pushBatch: 10,
        },
        server,
        network,
        () => step,
      );
      clients.push(fresh);
      await fresh.start();
      await fresh.syncNow();
      const account = await server.storage.getUser(who.user.id);
      if (!account) throw new Error('account vanished');
      problems.push(
        ...(await compareWithServer('fresh', fresh.db, visibleTo(account, server.ledger.mirror), alias)),
      );
    }
    problems.push(...(await scopeProblems(server.storage, server.ledger.mirror, alias)));
    problems.push(...(await replayProblems(server, network.receivedPushes)));
    problems.unshift(...server.ledger.violations);
    if (problems.length) throw new SimFailure(seed, steps, problems, trace.tail());
    return {
      seed,
      pushes: server.ledger.pushesObserved,
      mutations: server.ledger.mutationsApplied,
      conflicts: server.ledger.conflictsSeen,
      crashes: clients.reduce((n, c) => n + c.passes.crashed, 0),
      faults,
      trace: trace.tail(),
    };
  } catch (err) {
    if (err instanceof SimFailure) throw err;
    throw new SimFailure(
      seed,
      steps,
      [err instanceof Error ? (err.stack ?? err.message) : String(err)],
      trace.tail(),
    );
  } finally {
    for (const c of clients) await c.destroy();
    await server.close();
  }
}
