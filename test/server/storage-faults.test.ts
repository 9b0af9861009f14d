// @vitest-environment node
/**
 * Storage faults. A full disk (simulated with SQLite's max_page_count on the serving
 * connection) answers 503 `storage-unavailable` and stores nothing; /api/health says so; the
 * client's runner keeps the outbox and sends it by itself once the disk has room. A database
 * the server cannot serve from (garbage bytes, damaged pages next to leftover WAL files, a
 * read-only file) stops `src/server/main.ts` at start with one line on stderr and exit code 1.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetDevice } from '../../src/db/device';
import { createRecord } from '../../src/db/mutations';
import { KlinikDb } from '../../src/db/schema';
import { outboxCount } from '../../src/db/sync-store';
import { newUnitFields } from '../../src/domain/unit';
import { ensureAdmin } from '../../src/server/bootstrap';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { createSyncRunner, type RunnerStatus } from '../../src/sync/runner';
import { httpTransport } from '../../src/sync/transport';
import { fields, isErrorBody, startServer, type TestServer, writer } from './helpers';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

let s: TestServer;
let conn: Database.Database | undefined;
/** Lets the database grow no further than it is now: the next new page fails with SQLITE_FULL. */
const fillDisk = () => conn?.pragma(`max_page_count = ${conn.pragma('page_count', { simple: true })}`);
const freeDisk = () => conn?.pragma('max_page_count = 1073741823');

beforeAll(async () => {
  s = await startServer({ openStorage: (file) => openSqliteStorage(file, { onOpen: (db) => (conn = db) }) });
});
afterAll(() => s.close());

describe('a full disk', () => {
  it('answers a push with 503 storage-unavailable, stores nothing, and /api/health reports it', async () => {
    expect((await s.get('/api/health')).body).toEqual({ ok: true, storage: 'ok' });
    const w = writer();
    const before = await s.pullAll(s.adminToken);
    fillDisk();
    // Enough rows to need new pages, whatever room the last page has left.
    const units = Array.from({ length: 100 }, (_, i) => w.create('units', fields.unit(`Dinas Penuh ${i}`)));
    const r = await s.request('POST', '/api/sync/push', {
      token: s.adminToken,
      body: { clientId: w.clientId, schemaVersion: 1, mutations: units },
    });
    expect(r.status).toBe(503);
    expect(isErrorBody(r.body, 'storage-unavailable')).toBe(true);
    expect(r.headers.get('retry-after')).toBe('30');
    const health = await s.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ ok: false, storage: 'error' });
    // Reads still work, and the failed push left no trace.
    const after = await s.pullAll(s.adminToken);
    expect(after.changes.map((c) => c.recordId)).toEqual(before.changes.map((c) => c.recordId));

    freeDisk();
    const again = await s.push(s.adminToken, w.clientId, units);
    expect(again.every((m) => m.status === 'applied')).toBe(true);
    expect((await s.get('/api/health')).body).toEqual({ ok: true, storage: 'ok' });
  });

  it('a login on a full disk is 503, not 500 internal', async () => {
    fillDisk();
    try {
      // Each login stores a token row; enough of them to need a new page.
      let last = 0;
      for (let i = 0; i < 100 && last !== 503; i++) {
        last = (await s.post('/api/auth/login', { username: 'koordinator', password: 'admin-password-1' }))
          .status;
        expect([200, 503]).toContain(last);
      }
      expect(last).toBe(503);
    } finally {
      freeDisk();
    }
  }, 60_000);

  it('the client keeps its outbox and its runner sends it by itself once there is room', async () => {
    const db = new KlinikDb(`storage-faults-${Date.now()}`);
    const statuses: RunnerStatus[] = [];
    const token = await s.login('koordinator', 'admin-password-1');
    const runner = createSyncRunner({
      db,
      transport: httpTransport({ baseUrl: s.baseURL, getToken: () => token }),
      onStatus: (st) => statuses.push(st),
      random: () => 0, // first retry after 1 s
      locks: undefined,
    });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 60; i++)
        ids.push(await createRecord('units', newUnitFields({ name: `Dinas Sabar ${i}`, kind: 'opd' }), db));
      fillDisk();
      await runner.runNow();
      expect(runner.status()).toMatchObject({ state: 'error', lastError: 'storage-unavailable' });
      expect(await outboxCount(db)).toBe(60);

      freeDisk();
      const deadline = Date.now() + 10_000;
      while (runner.status().state !== 'idle' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(runner.status()).toMatchObject({ state: 'idle', lastError: null });
      expect(await outboxCount(db)).toBe(0);
      const pulled = await s.pullAll(s.adminToken);
      const onServer = new Set(pulled.changes.map((c) => c.recordId));
      expect(ids.every((id) => onServer.has(id))).toBe(true);
    } finally {
      runner.stop();
      freeDisk();
      db.close();
      forgetDevice(db);
      await db.delete();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Start-up on a broken database

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `src/server/main.ts` on `dataDir` until it exits (or 20 s pass: then it is killed). */
function runMain(dataDir: string, asUid?: number): Promise<Exit> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        KLINIK_ADMIN_PASSWORD: 'abcdefgh12',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asUid === undefined ? {} : { uid: asUid, gid: asUid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      ok({ code, stdout, stderr });
    });
  });
}

/** One line on stderr naming the file and the reason, exit ≠ 0, no stack trace, nothing served. */
function expectRefused(exit: Exit, reason: RegExp) {
  expect(exit.code, exit.stderr).not.toBe(0);
  expect(exit.code).not.toBeNull(); // it exited by itself, not by the timeout's kill
  const lines = exit.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('serveStatic'));
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Klinik Inovasi tidak dapat dimulai \/ cannot start: .*klinik\.sqlite: /);
  expect(lines[0]).toMatch(reason);
  expect(exit.stderr).not.toMatch(/\n\s+at |SqliteError/);
  expect(exit.stdout).not.toContain('running at');
}

describe('start-up', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'klinik-faults-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of dirs) {
      chmodSync(d, 0o700);
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('refuses a file of garbage bytes', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'klinik.sqlite'), Buffer.alloc(16_384, 0x5a));
    expectRefused(await runMain(dir), /corrupt or not a database/);
  }, 30_000);

  it('refuses a file with damaged pages and leftover WAL files, instead of serving 500s', async () => {
    const dir = dataDir();
    const file = join(dir, 'klinik.sqlite');
    // A real database with data in it, closed the way a crash would leave it: WAL files remain.
    const storage = openSqliteStorage(file, { checkpoint: 'inline' });
    await ensureAdmin(storage, 'abcdefgh12', () => {});
    await storage.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 4096); // pages 2 and 3: the first tables
    closeSync(fd);
    writeFileSync(`${file}-wal`, Buffer.alloc(4096, 0x33));
    writeFileSync(`${file}-shm`, Buffer.alloc(32_768, 0));
    expectRefused(await runMain(dir), /corrupt/);
  }, 30_000);

  it('refuses a read-only database', async () => {
    const dir = dataDir();
    const file = join(dir, 'klinik.sqlite');
    const storage = openSqliteStorage(file, { checkpoint: 'inline' });
    await ensureAdmin(storage, 'abcdefgh12', () => {});
    await storage.close();
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    // Root ignores file modes: run the server as `nobody` then, as it would run in production.
    const root = process.getuid?.() === 0;
    expectRefused(await runMain(dir, root ? 65534 : undefined), /read-only/);
  }, 30_000);
});
