/**
 * Decides when to sync, and makes sure a pass always ends. Triggers: shortly after a local edit,
 * the browser coming online, the tab becoming visible, and a periodic timer; failures retry with
 * backoff and jitter, except an expired login, which waits for the next login. Only one tab of
 * the origin syncs at a time (Web Locks); the others skip. Every path through `run()` returns
 * the state to something other than "syncing".
 */

import { isQuotaError } from '../db/quota';
import type { KlinikDb } from '../db/schema';
import { outboxCount } from '../db/sync-store';
import { retryDelay } from '../protocol/backoff';
import { type SyncProgress, syncOnce } from './engine';
import { HttpError } from './http';
import type { Transport } from './transport';

export const EDIT_DELAY_MS = 2_000;
export const PERIODIC_MS = 60_000;
export const LOCK_NAME = 'klinik-inovasi-sync';
/** The name of the performance measure each finished pass leaves behind. */
export const SYNC_MEASURE = 'klinik:sync';

export type RunnerState = 'idle' | 'syncing' | 'offline' | 'error' | 'needsLogin';

export interface RunnerStatus {
  state: RunnerState;
  lastSyncedAt: Date | null;
  progress: SyncProgress | null;
  /** Error code of the last failure (`network`, `timeout`, a server code...). */
  lastError: string | null;
}

export interface RunnerDeps {
  db: KlinikDb;
  transport: Transport;
  onStatus: (s: RunnerStatus) => void;
  now?: () => Date;
  random?: () => number;
  locks?: Pick<LockManager, 'request'> | undefined;
}

export interface SyncRunner {
  /** Ask for a pass after `delayMs` (an earlier pending request wins). */
  request(delayMs?: number): void;
  /** Runs a pass now and resolves when it ends (used by the "sync now" button and tests). */
  runNow(): Promise<void>;
  stop(): void;
  status(): RunnerStatus;
}

export function createSyncRunner(deps: RunnerDeps): SyncRunner {
  const now = deps.now ?? (() => new Date());
  let status: RunnerStatus = { state: 'idle', lastSyncedAt: null, progress: null, lastError: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = Number.POSITIVE_INFINITY;
  let attempt = 0;
  let running: Promise<void> | null = null;
  let stopped = false;

  const set = (patch: Partial<RunnerStatus>) => {
    status = { ...status, ...patch };
    deps.onStatus(status);
  };

  function request(delayMs = 0): void {
    if (stopped) return;
    const at = Date.now() + delayMs;
    if (at >= dueAt) return;
    clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      dueAt = Number.POSITIVE_INFINITY;
      void runNow();
    }, delayMs);
  }

  async function pass(): Promise<void> {
    set({ state: 'syncing', progress: null });
    const startedAt = performance.now();
    try {
      const result = await syncOnce({
        db: deps.db,
        transport: deps.transport,
        now,
        onProgress: (progress) => set({ progress }),
      });
      attempt = 0;
      // A User Timing entry for the last pass: visible in DevTools' performance panel, read by
      // the benchmarks. Only the last is kept: a tablet left open would gather thousands.
      performance.clearMeasures(SYNC_MEASURE);
      performance.measure(SYNC_MEASURE, { start: startedAt, detail: result });
      set({ state: 'idle', lastSyncedAt: now(), progress: null, lastError: null });
      // Edits made during the pass are still queued: go again soon.
      if ((await outboxCount(deps.db)) > 0) request(EDIT_DELAY_MS);
    } catch (err) {
      // Anything but an HttpError failed on this device (storage, a bug): not the server's fault.
      const e = err instanceof HttpError ? err : null;
      if (e?.kind === 'auth') {
        set({ state: 'needsLogin', progress: null, lastError: e.code });
        return; // no retry until someone logs in again; local work continues meanwhile
      }
      const offline = e?.kind === 'network' || e?.kind === 'timeout';
      // Storage full is the device's own trouble, with its own words (client.ts raises the banner).
      const code = e?.code ?? (isQuotaError(err) ? 'storage-full' : 'client');
      set({ state: offline ? 'offline' : 'error', progress: null, lastError: code });
      request(retryDelay(attempt++, deps.random));
    }
  }

  function runNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) return running;
    const locks = deps.locks;
    const exec = locks
      ? locks
          .request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
            if (!lock) {
              request(PERIODIC_MS / 4); // another tab is syncing; look again later
              return;
            }
            await pass();
          })
          .then(() => undefined)
      : pass();
    running = exec.finally(() => {
      running = null;
    });
    return running;
  }

  // Not while logged out: an expired session fails every pass until someone logs in (which
  // calls `request`), so polling would only flash "syncing" once a minute.
  const periodic = setInterval(() => {
    if (status.state !== 'needsLogin') request(0);
  }, PERIODIC_MS);
  return {
    request,
    runNow,
    stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(periodic);
    },
    status: () => status,
  };
}
