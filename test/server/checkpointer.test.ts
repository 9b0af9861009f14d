// @vitest-environment node
/**
 * The WAL checkpointer (src/server/storage/checkpointer.ts): with it, committed rows reach the
 * database file itself within a few intervals, while the serving connection's own checkpoint
 * waits for its (high) backstop. Observed from outside: a copy of the database file alone, without
 * its -wal, holds the rows only once a checkpoint has moved them there.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKPOINT_INTERVAL_MS } from '../../src/server/storage/checkpointer';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage } from '../../src/server/storage/types';

const USERS = 50;
const dirs: string[] = [];
const open: Storage[] = [];

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klinik-ckpt-'));
  dirs.push(dir);
  return dir;
}

async function addUsers(storage: Storage): Promise<void> {
  for (let i = 0; i < USERS; i++) {
    await storage.createUser({
      username: `fasilitator${i}`,
      passwordHash: 'x'.repeat(200),
      role: 'facilitator',
      unitIds: [],
    });
  }
}

/** Users in a copy of the main database file alone (what a checkpoint has written there). */
function usersInMainFile(file: string): number {
  const copy = join(tempDir(), 'copy.sqlite');
  copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  } catch {
    return 0; // not even the schema has been checkpointed yet
  } finally {
    db.close();
  }
}

async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('WAL checkpointer', () => {
  it('moves committed rows into the database file off the request path', async () => {
    const file = join(tempDir(), 'klinik.sqlite');
    const storage = openSqliteStorage(file);
    open.push(storage);
    await addUsers(storage);
    expect(await eventually(() => usersInMainFile(file) === USERS, CHECKPOINT_INTERVAL_MS * 20)).toBe(true);
    // Still served by the connection that wrote them.
    expect(await storage.countUsers()).toBe(USERS);
  });

  it('leaves them in the WAL with inline checkpoints below the autocheckpoint size (the baseline)', async () => {
    const file = join(tempDir(), 'klinik.sqlite');
    const storage = openSqliteStorage(file, { checkpoint: 'inline' });
    // The same writes beside it with the checkpointer: once those reach their file, intervals
    // enough have passed for a checkpointer to have moved the inline storage's rows too.
    const control = join(tempDir(), 'control.sqlite');
    const withCheckpointer = openSqliteStorage(control);
    open.push(withCheckpointer);
    await addUsers(storage);
    await addUsers(withCheckpointer);
    expect(await eventually(() => usersInMainFile(control) === USERS, CHECKPOINT_INTERVAL_MS * 20)).toBe(
      true,
    );
    expect(usersInMainFile(file)).toBe(0);
    await storage.close();
    // Closing checkpoints: nothing was at risk, only not yet moved.
    expect(usersInMainFile(file)).toBe(USERS);
  });

  it('stops with the storage and leaves a file another process can open and read', async () => {
    const file = join(tempDir(), 'klinik.sqlite');
    const storage = openSqliteStorage(file);
    await addUsers(storage);
    await storage.close();
    const reopened = openSqliteStorage(file);
    open.push(reopened);
    expect(await reopened.countUsers()).toBe(USERS);
  });
});
