/**
 * SQLite storage through better-sqlite3: one file, WAL, synchronous=FULL so an answered push
 * survives a power cut or SIGKILL. better-sqlite3 is synchronous, so each push runs as one
 * transaction with no await inside: nothing else can interleave, and the commit sequence
 * (`seq`) is handed out in commit order, which is what makes it a safe pull cursor.
 */
import type Database from 'better-sqlite3';
import { uuidv7 } from '../../domain/ids';
import {
  type Change,
  type Mutation,
  type MutationResult,
  type PublicUser,
  publicUser,
} from '../../protocol/protocol';
import { applyPush, type RecordAccess } from '../sync/apply-push';
import type { ServerRecord } from '../sync/merge';
import { BACKSTOP_AUTOCHECKPOINT_PAGES, type Checkpointer, startCheckpointer } from './checkpointer';
import { guardStorage, openDatabase } from './sqlite-open';
import {
  AccountInactiveError,
  AccountRuleError,
  type NewUser,
  type PullPage,
  type Storage,
  type TokenRecord,
  type UserPatch,
  type UserRecord,
} from './types';

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  role: UserRecord['role'];
  unit_ids: string;
  active: number;
  created_at: string;
  full_name: string;
  nip: string;
}
interface RecordRow {
  tbl: string;
  id: string;
  unit_id: string;
  version: number;
  deleted: number;
  data: string;
  meta: string;
  created_at: string;
  updated_at: string;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  passwordHash: r.password_hash,
  role: r.role,
  unitIds: JSON.parse(r.unit_ids) as string[],
  active: r.active === 1,
  fullName: r.full_name,
  nip: r.nip,
  createdAt: r.created_at,
});

const toRecord = (r: RecordRow): ServerRecord => ({
  table: r.tbl as ServerRecord['table'],
  id: r.id,
  unitId: r.unit_id,
  version: r.version,
  deleted: r.deleted === 1,
  fields: JSON.parse(r.data) as Record<string, unknown>,
  meta: JSON.parse(r.meta) as ServerRecord['meta'],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface SqliteOptions {
  /**
   * Where WAL checkpoints run: `worker` (default for a file) moves them off the request path
   * (checkpointer.ts); `inline` leaves them to SQLite inside a commit, as before: the benchmark's
   * baseline (test/bench/server-load.ts), and `KLINIK_WAL_CHECKPOINT=inline` where worker threads
   * are unwanted.
   */
  checkpoint?: 'worker' | 'inline';
  /** Called with the open connection: tests simulate a full disk through it (max_page_count). */
  onOpen?: (db: Database.Database) => void;
}

export function openSqliteStorage(file: string, options: SqliteOptions = {}): Storage {
  // Throws StorageUnavailableError for a corrupt, read-only or full file (sqlite-open.ts).
  const db = openDatabase(file);
  options.onOpen?.(db);
  // Checkpoints run in a worker (see checkpointer.ts); this connection's own is only a backstop.
  let checkpointer: Checkpointer | undefined;
  if (file !== ':memory:' && (options.checkpoint ?? 'worker') === 'worker') {
    db.pragma(`wal_autocheckpoint = ${BACKSTOP_AUTOCHECKPOINT_PAGES}`);
    checkpointer = startCheckpointer(file);
  }

  const q = {
    userByName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
    userById: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
    users: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
    countUsers: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users'),
    insertUser: db.prepare(
      'INSERT INTO users (id, username, password_hash, role, unit_ids, active, created_at, full_name, nip) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)',
    ),
    updateUser: db.prepare(
      'UPDATE users SET password_hash = ?, role = ?, unit_ids = ?, active = ?, full_name = ?, nip = ? WHERE id = ?',
    ),
    otherActiveCoordinators: db.prepare<[string], { n: number }>(
      "SELECT COUNT(*) AS n FROM users WHERE role = 'coordinator' AND active = 1 AND id <> ?",
    ),
    setUserUnits: db.prepare('UPDATE users SET unit_ids = ? WHERE id = ?'),
    saveToken: db.prepare('INSERT INTO tokens (hash, user_id, expires_at, revoked) VALUES (?, ?, ?, ?)'),
    getToken: db.prepare<[string], { hash: string; user_id: string; expires_at: string; revoked: number }>(
      'SELECT * FROM tokens WHERE hash = ?',
    ),
    revokeToken: db.prepare('UPDATE tokens SET revoked = 1 WHERE hash = ?'),
    revokeUserTokens: db.prepare('UPDATE tokens SET revoked = 1 WHERE user_id = ?'),
    getResult: db.prepare<[string, string], { result: string }>(
      'SELECT result FROM mutations WHERE client_id = ? AND mutation_id = ?',
    ),
    saveResult: db.prepare('INSERT INTO mutations (client_id, mutation_id, result) VALUES (?, ?, ?)'),
    getRecord: db.prepare<[string, string], RecordRow>('SELECT * FROM records WHERE tbl = ? AND id = ?'),
    putRecord: db.prepare(
      `INSERT INTO records (tbl, id, unit_id, version, deleted, data, meta, created_at, updated_at)
       VALUES (@tbl, @id, @unit_id, @version, @deleted, @data, @meta, @created_at, @updated_at)
       ON CONFLICT (tbl, id) DO UPDATE SET unit_id = excluded.unit_id, version = excluded.version,
         deleted = excluded.deleted, data = excluded.data, meta = excluded.meta, updated_at = excluded.updated_at`,
    ),
    nextSeq: db.prepare<[], { value: number }>(
      'UPDATE seq SET value = value + 1 WHERE id = 1 RETURNING value',
    ),
    children: db.prepare<[string, string, string], RecordRow>(
      'SELECT * FROM records WHERE tbl = ? AND json_extract(data, ?) = ?',
    ),
    pullAll: db.prepare<[number, number], RecordRow>(
      'SELECT * FROM records WHERE version > ? ORDER BY version LIMIT ?',
    ),
    countAll: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM records WHERE version > ?'),
    countScoped: db.prepare<[number, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM records WHERE version > ?
         AND (unit_id = '' OR unit_id IN (SELECT value FROM json_each(?)))`,
    ),
    addDeparture: db.prepare('INSERT INTO departures (seq, tbl, id, from_unit) VALUES (?, ?, ?, ?)'),
    // Moved out of the caller's units after `after` (up to the page's end), and not back since.
    departures: db.prepare<[number, number, string, string], { tbl: string; id: string }>(
      `SELECT DISTINCT d.tbl, d.id FROM departures d JOIN records r ON r.tbl = d.tbl AND r.id = d.id
       WHERE d.seq > ? AND d.seq <= ?
         AND d.from_unit IN (SELECT value FROM json_each(?))
         AND r.unit_id <> '' AND r.unit_id NOT IN (SELECT value FROM json_each(?))
       ORDER BY d.seq`,
    ),
    lastDeparture: db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM departures'),
    pullScoped: db.prepare<[number, string, number], RecordRow>(
      `SELECT * FROM records WHERE version > ?
         AND (unit_id = '' OR unit_id IN (SELECT value FROM json_each(?)))
       ORDER BY version LIMIT ?`,
    ),
  };

  const access: RecordAccess = {
    getMutationResult(clientId, mutationId) {
      const row = q.getResult.get(clientId, mutationId);
      return row ? (JSON.parse(row.result) as MutationResult) : undefined;
    },
    saveMutationResult(clientId, mutationId, result) {
      q.saveResult.run(clientId, mutationId, JSON.stringify(result));
    },
    getRecord(table, id) {
      const row = q.getRecord.get(table, id);
      return row ? toRecord(row) : undefined;
    },
    putRecord(r, previousScope) {
      if (previousScope !== undefined && previousScope !== r.unitId) {
        q.addDeparture.run(r.version, r.table, r.id, previousScope);
      }
      q.putRecord.run({
        tbl: r.table,
        id: r.id,
        unit_id: r.unitId,
        version: r.version,
        deleted: r.deleted ? 1 : 0,
        data: JSON.stringify(r.fields),
        meta: JSON.stringify(r.meta),
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      });
    },
    nextSeq() {
      const row = q.nextSeq.get();
      if (!row) throw new Error('sequence row missing');
      return row.value;
    },
    findRecords(table, field, value) {
      return q.children.all(table, `$.${field}`, value).map(toRecord);
    },
    // Only the unit list: this runs inside a push, and must never touch `active` or the role
    // (it once wrote active = 1 and so reactivated an account deactivated mid-push).
    addUnitToUser(userId, unitId) {
      const row = q.userById.get(userId);
      if (!row) return;
      const u = toUser(row);
      if (!u.unitIds.includes(unitId)) q.setUserUnits.run(JSON.stringify([...u.unitIds, unitId]), u.id);
    },
  };

  // The account is read again inside the push's transaction: the one the token check saw may
  // have been deactivated, demoted or unassigned while the request's body was arriving.
  const pushTx = db.transaction(
    (user: PublicUser, clientId: string, mutations: readonly Mutation[], now: Date): MutationResult[] => {
      const row = q.userById.get(user.id);
      if (row?.active !== 1) throw new AccountInactiveError();
      return applyPush(access, publicUser(toUser(row)), clientId, mutations, now);
    },
  );

  const checkActor = (actorId: string) => {
    const actor = q.userById.get(actorId);
    if (actor?.active !== 1 || actor.role !== 'coordinator') throw new AccountRuleError('forbidden');
  };
  // Check and write in one transaction (better-sqlite3 runs it without yielding), so two
  // coordinators demoting each other at once can't both pass the check and leave none.
  const updateUserTx = db.transaction(
    (id: string, patch: UserPatch, actorId: string | undefined): UserRecord | undefined => {
      const row = q.userById.get(id);
      if (!row) return undefined;
      const before = toUser(row);
      const u = { ...before, ...patch };
      const wasCoordinator = before.active && before.role === 'coordinator';
      const staysCoordinator = u.active && u.role === 'coordinator';
      if (wasCoordinator && !staysCoordinator && (q.otherActiveCoordinators.get(id)?.n ?? 0) === 0)
        throw new AccountRuleError('last-coordinator');
      if (actorId !== undefined) checkActor(actorId);
      q.updateUser.run(
        u.passwordHash,
        u.role,
        JSON.stringify(u.unitIds),
        u.active ? 1 : 0,
        u.fullName,
        u.nip,
        id,
      );
      return u;
    },
  );

  return guardStorage(
    {
      async findUserByUsername(username) {
        const row = q.userByName.get(username);
        return row ? toUser(row) : undefined;
      },
      async getUser(id) {
        const row = q.userById.get(id);
        return row ? toUser(row) : undefined;
      },
      async listUsers() {
        return q.users.all().map(toUser);
      },
      async countUsers() {
        return q.countUsers.get()?.n ?? 0;
      },
      async createUser(u: NewUser, actorId?: string) {
        const id = uuidv7();
        if (actorId !== undefined) checkActor(actorId);
        q.insertUser.run(
          id,
          u.username,
          u.passwordHash,
          u.role,
          JSON.stringify(u.unitIds),
          new Date().toISOString(),
          u.fullName ?? '',
          u.nip ?? '',
        );
        const row = q.userById.get(id);
        if (!row) throw new Error('user not stored');
        return toUser(row);
      },
      async updateUser(id, patch, actorId) {
        return updateUserTx(id, patch, actorId);
      },
      async saveToken(t: TokenRecord) {
        q.saveToken.run(t.hash, t.userId, t.expiresAt, t.revoked ? 1 : 0);
      },
      async getToken(hash) {
        const row = q.getToken.get(hash);
        return row
          ? { hash: row.hash, userId: row.user_id, expiresAt: row.expires_at, revoked: row.revoked === 1 }
          : undefined;
      },
      async revokeToken(hash) {
        q.revokeToken.run(hash);
      },
      async revokeUserTokens(userId) {
        q.revokeUserTokens.run(userId);
      },
      async push(user, clientId, mutations, now) {
        return pushTx(user, clientId, mutations, now);
      },
      async pull(user, afterVersion, limit): Promise<PullPage> {
        const rows =
          user.role === 'coordinator'
            ? q.pullAll.all(afterVersion, limit + 1)
            : q.pullScoped.all(afterVersion, JSON.stringify(user.unitIds), limit + 1);
        const page = rows.slice(0, limit);
        const changes: Change[] = page.map((r) => ({
          table: r.tbl as Change['table'],
          recordId: r.id,
          version: r.version,
          deleted: r.deleted === 1,
          fields: {
            ...(JSON.parse(r.data) as Record<string, unknown>),
            createdAt: r.created_at,
            updatedAt: r.updated_at,
          },
        }));
        const hasMore = rows.length > limit;
        let lastVersion = page.at(-1)?.version ?? afterVersion;
        let left: PullPage['left'] = [];
        if (user.role !== 'coordinator') {
          // On the last page the cursor also passes departures newer than any visible change.
          if (!hasMore) lastVersion = Math.max(lastVersion, q.lastDeparture.get()?.seq ?? 0);
          const units = JSON.stringify(user.unitIds);
          left = q.departures
            .all(afterVersion, lastVersion, units, units)
            .map((d) => ({ table: d.tbl as Change['table'], recordId: d.id }));
        }
        const remaining = !hasMore
          ? 0
          : ((user.role === 'coordinator'
              ? q.countAll.get(lastVersion)
              : q.countScoped.get(lastVersion, JSON.stringify(user.unitIds))
            )?.n ?? 0);
        return { changes, lastVersion, hasMore, remaining, left };
      },
      async close() {
        await checkpointer?.stop();
        db.close();
      },
    },
    () => q.countUsers.get(),
  );
}
