/**
 * `npm start` entry: serves the API and the built app on PORT (default 8080), data in DATA_DIR.
 * A database it cannot serve from (corrupt, read-only, disk full) stops it at start with one
 * line on stderr and exit code 1, never a stack trace, and never a server answering 500.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ensureAdmin } from './bootstrap';
import { parseTrustProxy } from './client-info';
import { asStorageFault } from './storage/faults';
import { openSqliteStorage } from './storage/sqlite';
import type { Storage } from './storage/types';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '0.0.0.0';
const distDir = process.env.DIST_DIR ?? 'dist';
const dataDir = process.env.DATA_DIR ?? 'data';

let trustProxy = 0;
try {
  trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

const dbFile = join(dataDir, 'klinik.sqlite');

async function openStorage(): Promise<Storage> {
  try {
    const opened = openSqliteStorage(dbFile, {
      checkpoint: process.env.KLINIK_WAL_CHECKPOINT === 'inline' ? 'inline' : 'worker',
    });
    await ensureAdmin(opened, process.env.KLINIK_ADMIN_PASSWORD, (line) => console.log(line));
    return opened;
  } catch (err) {
    const fault = asStorageFault(err);
    if (!fault) throw err;
    console.error(
      `Klinik Inovasi tidak dapat dimulai / cannot start: ${dbFile}: ${fault.message.replace(/\s+/g, ' ')}`,
    );
    process.exit(1);
  }
}

const storage = await openStorage();

const server = serve(
  { fetch: createApp({ distDir, storage, trustProxy }).fetch, port, hostname: host },
  (info) => {
    console.log(`Klinik Inovasi berjalan di / running at http://localhost:${info.port}`);
  },
);

// Idle keep-alive connections stay open past a tablet's periodic sync (sync/runner.ts, every
// 60 s), so it reuses its connection instead of a new handshake over a slow network; and a
// connection the server closes while a client reuses it (Node's default: after 5 s idle) fails
// that request with ECONNRESET, as 16 of 35,600 did under 200 devices (npm run bench).
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
if ('keepAliveTimeout' in server) {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => {
      void storage.close().then(() => process.exit(0));
    });
  });
}
