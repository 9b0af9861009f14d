/**
 * A small fixed world for hand-written scenarios (regression tests): the same server, network
 * and devices as the simulation, with the network answering at once unless a test holds it.
 */
import 'fake-indexeddb/auto';
import type { PublicUser, Role } from '../../../src/protocol/protocol';
import { compareWithServer, visibleTo } from './checks';
import { SimClient } from './client';
import { Network } from './network';
import { createSimServer, SIM_EPOCH, type SimServer } from './server';
import { Trace } from './trace';

let worlds = 0;

export interface World {
  server: SimServer;
  network: Network;
  trace: Trace;
  device(
    role: Role,
    opts?: { unitIds?: string[]; skewMs?: number; pullLimit?: number; pushBatch?: number },
  ): Promise<SimClient>;
  /** Every device in order, `rounds` times. */
  syncAll(rounds?: number): Promise<void>;
  /** Problems of invariant (1) for every device, plus the ledger's. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const n = ++worlds;
  const names = new Map<string, string>();
  const server = await createSimServer((id) => names.get(id) ?? id);
  const trace = new Trace(server.now, SIM_EPOCH);
  const network = new Network(server, trace);
  network.hold = false;
  const clients: SimClient[] = [];
  const world: World = {
    server,
    network,
    trace,
    async device(role, opts = {}) {
      const i = clients.length;
      const user: PublicUser = await server.createUser(`${role}${i}`, role, opts.unitIds ?? []);
      const c = new SimClient(
        {
          name: `c${i}`,
          dbName: `world-${n}-${i}`,
          clientId: `world${n}-dev${i}`,
          user,
          offsetMs: opts.skewMs ?? 0,
          pullLimit: opts.pullLimit ?? 500,
          pushBatch: opts.pushBatch ?? 200,
        },
        server,
        network,
        () => 0,
      );
      names.set(c.clientId, c.name);
      clients.push(c);
      await c.start();
      return c;
    },
    async syncAll(rounds = 2) {
      for (let r = 0; r < rounds; r++) for (const c of clients) await c.syncNow();
    },
    async problems() {
      const out = [...server.ledger.violations];
      for (const c of clients) {
        const account = await server.storage.getUser(c.user.id);
        if (account)
          out.push(
            ...(await compareWithServer(
              c.name,
              c.db,
              visibleTo(account, server.ledger.mirror),
              trace.id.bind(trace),
            )),
          );
      }
      return out;
    },
    async close() {
      for (const c of clients) await c.destroy();
      await server.close();
    },
  };
  return world;
}
