/**
 * The server side of the simulation: the real SQLite storage (in memory) behind the real hono
 * app, called in-process with real bearer tokens, on a clock the simulation controls. The
 * storage's `push` is wrapped only to let the ledger look at every committed push.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { Change, PublicUser, Role } from '../../../src/protocol/protocol';
import { createApp } from '../../../src/server/app';
import { openSqliteStorage } from '../../../src/server/storage/sqlite';
import type { Storage } from '../../../src/server/storage/types';
import { Ledger } from './ledger';

export const SIM_PASSWORD = 'simulasi-sandi';

/**
 * A real scrypt hash in the stored format, with a tiny cost factor: login goes through the real
 * route and `verifyPassword`, without spending 50 ms per account on every seed.
 */
const CHEAP_HASH = (() => {
  const salt = randomBytes(16);
  const key = scryptSync(SIM_PASSWORD, salt, 32, { N: 16, r: 8, p: 1 });
  return `scrypt$16$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
})();

/** Sees every row: the observer's view of the server. */
const OBSERVER: PublicUser = {
  id: 'observer',
  username: 'observer',
  role: 'coordinator',
  unitIds: [],
  active: true,
};

export interface SimServer {
  storage: Storage;
  ledger: Ledger;
  /** The server's clock (ms). */
  now(): number;
  advance(ms: number): void;
  /** One HTTP request into the real app. */
  handle(path: string, init: RequestInit): Promise<Response>;
  createUser(username: string, role: Role, unitIds: string[]): Promise<PublicUser>;
  /** Every row, as the storage's coordinator pull returns it, by version. */
  dump(): Promise<Change[]>;
  close(): Promise<void>;
}

export const SIM_EPOCH = Date.UTC(2025, 2, 3, 1, 0, 0);

export async function createSimServer(describe?: (clientId: string) => string): Promise<SimServer> {
  const inner = openSqliteStorage(':memory:');
  const ledger = new Ledger(describe);
  let clock = SIM_EPOCH;
  const readSince = async (after: number): Promise<Change[]> => {
    const out: Change[] = [];
    for (;;) {
      const page = await inner.pull(OBSERVER, after, 1000);
      out.push(...page.changes);
      after = page.lastVersion;
      if (!page.hasMore) return out;
    }
  };
  const storage: Storage = {
    ...inner,
    async push(user, clientId, mutations, now) {
      const results = await inner.push(user, clientId, mutations, now);
      ledger.afterPush(user, clientId, mutations, results, now, await readSince(ledger.maxVersion));
      return results;
    },
  };
  // distDir: an existing folder without a build (only /api is called; a missing one logs a warning).
  const app = createApp({ distDir: tmpdir(), storage, now: () => new Date(clock) });
  return {
    storage,
    ledger,
    now: () => clock,
    advance(ms) {
      clock += ms;
    },
    async handle(path, init) {
      return app.fetch(new Request(`http://klinik.test${path}`, init));
    },
    async createUser(username, role, unitIds) {
      const u = await inner.createUser({ username, passwordHash: CHEAP_HASH, role, unitIds });
      return { id: u.id, username: u.username, role: u.role, unitIds: u.unitIds, active: u.active };
    },
    dump: () => readSince(0),
    close: () => inner.close(),
  };
}
