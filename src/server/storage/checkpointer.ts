/**
 * WAL checkpoints off the request path. A checkpoint copies the WAL's pages into the database
 * file and, with synchronous=FULL, fsyncs it; left to itself SQLite runs one inside whichever
 * commit crosses `wal_autocheckpoint` (1,000 pages, a few seconds of pushes), and since
 * better-sqlite3 is synchronous that push (10–140 ms measured) and every request queued behind
 * it wait. A worker thread with its own connection runs PASSIVE checkpoints instead, which never
 * wait for (or block) readers and writers.
 *
 * Durability does not change: a push is durable once its commit has fsynced the WAL, which the
 * serving connection still does in every commit; a checkpoint only moves durable pages. The
 * serving connection keeps a high autocheckpoint as a backstop in case this worker dies.
 *
 * The worker is plain JavaScript (eval), so it runs the same under tsx, vitest and node.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export const CHECKPOINT_INTERVAL_MS = 200;
/** The serving connection's own autocheckpoint (pages) while the worker runs: a backstop only. */
export const BACKSTOP_AUTOCHECKPOINT_PAGES = 10_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
let failed = false;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    if (!failed) parentPort.postMessage({ error: String(err && err.message || err) });
    failed = true;
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker and closes its connection (before the serving connection closes). */
  stop(): Promise<void>;
}

export function startCheckpointer(
  file: string,
  options: { intervalMs?: number; onError?: (message: string) => void } = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS },
  });
  const report = options.onError ?? ((message: string) => console.error(`WAL checkpointer: ${message}`));
  worker.on('message', (m: { error?: string }) => {
    if (m.error) report(m.error);
  });
  worker.on('error', (err) => report(err.message));
  // Never the reason the process stays alive; the serving connection checkpoints on close anyway.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Whoever awaits the stop keeps the process alive until it is done (found: a script whose
      // last step was closing the storage exited with "unsettled top-level await", code 13).
      worker.ref();
      worker.postMessage('stop');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), 2000);
      });
      const outcome = await Promise.race([exited, timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') await worker.terminate();
    },
  };
}
