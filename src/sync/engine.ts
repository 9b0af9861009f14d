/**
 * One sync pass: push the outbox in order, in batches, then pull pages until the server has no
 * more. Pure orchestration: local storage is db/sync-store.ts, the network is an injected
 * Transport, so the same engine runs in the browser, in tests and in the seeded simulation.
 */

import type { KlinikDb } from '../db/schema';
import {
  applyPullPage,
  applyPushResults,
  getClientId,
  getCursor,
  outboxCount,
  releaseInFlight,
  takeOutboxBatch,
} from '../db/sync-store';
import { DEFAULT_PULL_LIMIT, type Mutation, SCHEMA_VERSION } from '../protocol/protocol';
import type { Transport } from './transport';

export const PUSH_BATCH = 200;
/** Bounds one pass so a device that keeps editing cannot keep sync busy forever. */
export const MAX_ROUNDS = 100;

export interface SyncProgress {
  phase: 'push' | 'pull';
  /** Records done so far in this phase. */
  done: number;
  /** For push: entries queued at the start; for pull: the server's estimate, when given. */
  total?: number;
}

export interface SyncResult {
  pushed: number;
  rejected: number;
  pulled: number;
}

export interface EngineOptions {
  db: KlinikDb;
  transport: Transport;
  now?: () => Date;
  pullLimit?: number;
  pushBatch?: number;
  onProgress?: (p: SyncProgress) => void;
}

export async function syncOnce(opts: EngineOptions): Promise<SyncResult> {
  const { pushed, rejected } = await pushAll(opts);
  const pulled = await pullAll(opts);
  return { pushed, rejected, pulled };
}

export async function pushAll(opts: EngineOptions): Promise<{ pushed: number; rejected: number }> {
  const { db, transport } = opts;
  const now = opts.now ?? (() => new Date());
  const clientId = await getClientId(db);
  await releaseInFlight(db);
  const total = await outboxCount(db);
  let pushed = 0;
  let rejected = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await takeOutboxBatch(opts.pushBatch ?? PUSH_BATCH, db);
    if (batch.length === 0) break;
    const mutations: Mutation[] = batch.map((e) => ({
      id: e.id,
      table: e.table,
      recordId: e.recordId,
      op: e.op,
      // A create carries the device's creation time, so "created this year" means what the user did.
      fields: e.op === 'create' ? { ...e.fields, createdAt: e.createdAt } : e.fields,
      baseVersion: e.baseVersion,
      hlc: e.hlc,
    }));
    let results: Awaited<ReturnType<Transport['push']>>['results'];
    try {
      ({ results } = await transport.push({ clientId, schemaVersion: SCHEMA_VERSION, mutations }));
    } catch (err) {
      await releaseInFlight(db);
      throw err;
    }
    const outcome = await applyPushResults(batch, results, now(), db);
    pushed += outcome.acknowledged;
    rejected += outcome.rejected;
    opts.onProgress?.({ phase: 'push', done: pushed + rejected, total });
    if (outcome.acknowledged + outcome.rejected === 0) break; // server answered none: retry later
  }
  return { pushed, rejected };
}

/**
 * Pulls pages until the server has no more. The next page is requested before the current one
 * is written, so the server and the network work while IndexedDB does: pages are still applied
 * strictly in order, each with its own cursor, so an interruption resumes where it stopped.
 * After the first page, and again whenever a page names a different scope, every local record
 * the account may no longer hold is evicted (db/eviction.ts).
 */
export async function pullAll(opts: EngineOptions): Promise<number> {
  const { db, transport } = opts;
  const now = opts.now ?? (() => new Date());
  const limit = opts.pullLimit ?? DEFAULT_PULL_LIMIT;
  let pulled = 0;
  let evictedFor: string | null = null;
  let next = transport.pull(await getCursor(db), limit);
  for (let round = 0; round < 10_000; round++) {
    const page = await next;
    if (page.hasMore) {
      next = transport.pull(page.cursor, limit);
      // Awaited on the next round; if writing this page fails first, nobody else will see it.
      next.catch(() => undefined);
    }
    pulled += await applyPullPage(page.changes, page.cursor, db);
    if (page.left?.length) {
      const { evictRecords } = await import('../db/eviction');
      await evictRecords(page.left, now(), db);
    }
    const scope = page.scope;
    if (scope && scope.units !== '*' && scope.units.join('\n') !== evictedFor) {
      // Loaded when first needed: coordinators never evict, and the first screen stays small.
      const { evictOutOfScope } = await import('../db/eviction');
      await evictOutOfScope(scope, now(), db);
      evictedFor = scope.units.join('\n');
    }
    opts.onProgress?.({
      phase: 'pull',
      done: pulled,
      ...(page.remaining !== undefined ? { total: pulled + page.remaining } : {}),
    });
    if (!page.hasMore) break;
  }
  return pulled;
}
