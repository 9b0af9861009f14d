/**
 * Shared setup of the sync contract tests (one real server per test file, on a temporary
 * SQLite file, with a settable clock) and small helpers they all use.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { TableName } from '../../src/domain/tables';
import type { Change } from '../../src/protocol/protocol';
import { startServer, type TestServer, testClock, type Writer } from './helpers';

export const clock = testClock();
export let s: TestServer;
export let admin: string;
beforeAll(async () => {
  s = await startServer({ now: clock.now });
  admin = s.adminToken;
});
afterAll(() => s.close());

/** Creates one record through a push and returns its id and version. */
export async function create(token: string, w: Writer, table: TableName, f: object) {
  const m = w.create(table, f);
  const [r] = await s.push(token, w.clientId, [m]);
  expect(r, `create ${table}`).toMatchObject({ id: m.id, status: 'applied' });
  return { id: m.recordId, version: r?.version ?? 0 };
}

export const keys = (changes: Change[]) => changes.map((c) => `${c.table}/${c.recordId}`);
export const conflictsOf = (changes: Change[], recordId: string) =>
  changes.filter((c) => c.table === 'conflicts' && c.fields.recordId === recordId).map((c) => c.fields);
/** The cursor at the current end of what `token` can see. */
export const endCursor = async (token: string) => (await s.pullAll(token)).cursor;
