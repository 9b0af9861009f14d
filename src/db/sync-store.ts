/**
 * The local side of sync: what the engine reads from and writes to IndexedDB. These writes
 * bypass the outbox on purpose: they record what the server said, not what a person changed.
 * Each function is one transaction, so a crash mid-sync leaves either the old or the new state.
 */
import { liveQuery, type Table } from 'dexie';
import type { BaseRecord } from '../domain/record';
import { isTableName, TABLES, type TableName } from '../domain/table-names';
import type { Change, MutationResult } from '../protocol/protocol';
import { getDevice } from './device';
import type { OutboxEntry } from './outbox';
import { isQuotaError } from './quota';
import { db as defaultDb, type KlinikDb } from './schema';
import { markPage } from './tombstones';

const CURSOR_KEY = 'pullCursor';

/** This device's id for the server (made once, kept with the data). */
export async function getClientId(database: KlinikDb = defaultDb): Promise<string> {
  return (await getDevice(database)).clientId;
}

export async function outboxCount(database: KlinikDb = defaultDb): Promise<number> {
  return database.outbox.count();
}

/** Calls `onCount` with the outbox's size now and after every change to it; returns the unsubscribe. */
export function watchOutboxCount(database: KlinikDb, onCount: (count: number) => void): () => void {
  const sub = liveQuery(() => database.outbox.count()).subscribe(onCount);
  return () => sub.unsubscribe();
}

/**
 * Storage full must never stop a push: sending is what frees space (acknowledged entries leave
 * the outbox). So the push's own bookkeeping writes (marking entries in flight, releasing them,
 * filing refusals) fall back to doing without, or to the deletes alone, when the quota is gone.
 */
async function unlessFull<T>(write: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    return fallback();
  }
}

/** A crashed or aborted push leaves entries marked in flight; the next run starts clean. */
export async function releaseInFlight(database: KlinikDb = defaultDb): Promise<void> {
  await unlessFull(
    async () => {
      await database.outbox.filter((e) => e.inFlight === true).modify({ inFlight: false });
    },
    async () => undefined, // nothing is folded into an entry marked in flight: only less coalescing
  );
}

/**
 * The oldest `max` outbox entries, marked in flight and sent, so new edits are not folded into
 * them: not while the push is out, and not after it either (see `OutboxEntry.sent`).
 */
export async function takeOutboxBatch(max: number, database: KlinikDb = defaultDb): Promise<OutboxEntry[]> {
  return unlessFull(
    () =>
      database.transaction('rw', database.outbox, async () => {
        const batch = await database.outbox.orderBy('seq').limit(max).toArray();
        await database.outbox.bulkPut(batch.map((e) => ({ ...e, inFlight: true, sent: true })));
        return batch;
      }),
    // Storage full: sent unmarked. A new edit cannot be written either, so none is folded in.
    () => database.outbox.orderBy('seq').limit(max).toArray(),
  );
}

/**
 * Acknowledged entries leave the outbox; refused ones move to the dead-letter list, where people
 * can see them, instead of blocking the queue. The record's `version` is left alone: it names
 * the server version the row reflects, and only a pull delivers that. (Taking it from the
 * acknowledgement would claim that everything others changed up to that version had been seen:
 * the next pull would skip the record, and the next edit would overwrite those changes as seen.)
 */
export async function applyPushResults(
  entries: readonly OutboxEntry[],
  results: readonly MutationResult[],
  now: Date,
  database: KlinikDb = defaultDb,
): Promise<{ acknowledged: number; rejected: number }> {
  const byId = new Map(results.map((r) => [r.id, r]));
  return unlessFull(
    () => filePushResults(entries, byId, now, database),
    () => dropAcknowledged(entries, byId, database),
  );
}

/**
 * Storage full: the acknowledged entries still leave the outbox (deletes free space); refused
 * ones stay queued, to be filed as refused by a later push once there is room.
 */
async function dropAcknowledged(
  entries: readonly OutboxEntry[],
  byId: ReadonlyMap<string, MutationResult>,
  database: KlinikDb,
): Promise<{ acknowledged: number; rejected: number }> {
  const done = entries.filter((e) => e.seq !== undefined && byId.get(e.id)?.status !== undefined);
  const acknowledged = done.filter((e) => byId.get(e.id)?.status !== 'rejected');
  await database.outbox.bulkDelete(acknowledged.map((e) => e.seq as number));
  return { acknowledged: acknowledged.length, rejected: 0 };
}

function filePushResults(
  entries: readonly OutboxEntry[],
  byId: ReadonlyMap<string, MutationResult>,
  now: Date,
  database: KlinikDb,
): Promise<{ acknowledged: number; rejected: number }> {
  return database.transaction('rw', database.outbox, database.deadLetters, async () => {
    let acknowledged = 0;
    let rejected = 0;
    for (const entry of entries) {
      const result = byId.get(entry.id);
      if (!result || entry.seq === undefined) continue; // no answer for it: stays queued
      if (result.status === 'rejected') {
        await database.deadLetters.add({
          entry: { ...entry, inFlight: false },
          error: result.error ?? 'rejected',
          ...(result.details ? { details: result.details } : {}),
          at: now.toISOString(),
        });
        rejected++;
      } else {
        acknowledged++;
      }
      await database.outbox.delete(entry.seq);
    }
    return { acknowledged, rejected };
  });
}

export async function getCursor(database: KlinikDb = defaultDb): Promise<string> {
  const row = await database.meta.get(CURSOR_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

/**
 * What local changes still waiting to be pushed say about each of `recordIds`, in write order:
 * one outbox read for the whole page (usually the outbox is empty and this costs one count).
 */
async function pendingOverlays(
  recordIds: readonly string[],
  database: KlinikDb,
): Promise<Map<string, Record<string, unknown>>> {
  const overlays = new Map<string, Record<string, unknown>>();
  if ((await database.outbox.count()) === 0) return overlays;
  const entries = await database.outbox.where('recordId').anyOf(recordIds).sortBy('seq');
  for (const e of entries) overlays.set(e.recordId, { ...overlays.get(e.recordId), ...e.fields });
  return overlays;
}

/**
 * The stored version of each changed record that exists here. A keys-only pass first, so records
 * this device has never seen (all of them, on a first sync) cost no read of a row.
 */
async function localVersions(
  table: Table<BaseRecord, string>,
  list: readonly Change[],
): Promise<Map<string, number>> {
  const existing = await table
    .where(':id')
    .anyOf(list.map((c) => c.recordId))
    .primaryKeys();
  const rows = existing.length ? await table.bulkGet(existing) : [];
  return new Map(rows.flatMap((r) => (r ? [[r.id, r.version] as const] : [])));
}

/**
 * Applies one pulled page and its cursor in one transaction. A record with local changes not yet
 * pushed gets those fields re-applied on top of the server state (per-field rebase), so a pull
 * never overwrites what someone typed on this device.
 */
export async function applyPullPage(
  changes: readonly Change[],
  cursor: string,
  database: KlinikDb = defaultDb,
): Promise<number> {
  const tables = TABLES.map((t) => database.table(t));
  return database.transaction(
    'rw',
    [...tables, database.outbox, database.meta, database.tombstones],
    async () => {
      let applied = 0;
      const byTable = new Map<string, Change[]>();
      for (const c of changes) {
        if (!isTableName(c.table)) continue; // a newer server's table: ignore until the app knows it
        const list = byTable.get(c.table);
        if (list) list.push(c);
        else byTable.set(c.table, [c]);
      }
      const pending = await pendingOverlays(
        changes.map((c) => c.recordId),
        database,
      );
      for (const [name, list] of byTable) {
        const table = database.table<BaseRecord, string>(name);
        const locals = await localVersions(table, list);
        const rows: BaseRecord[] = [];
        const deleted: string[] = [];
        // Only a record this device already held can lose a tombstone: a first pull has none.
        const undeleted: string[] = [];
        for (const change of list) {
          const local = locals.get(change.recordId);
          if (local !== undefined && local >= change.version) continue;
          const row = {
            ...(change.fields as Record<string, unknown>),
            id: change.recordId,
            deleted: change.deleted,
            version: change.version,
            ...pending.get(change.recordId),
          } as BaseRecord;
          rows.push(row);
          if (row.deleted) deleted.push(row.id);
          else if (local !== undefined) undeleted.push(row.id);
        }
        await Promise.all([table.bulkPut(rows), markPage(database, name as TableName, deleted, undeleted)]);
        applied += rows.length;
      }
      await database.meta.put({ key: CURSOR_KEY, value: cursor });
      return applied;
    },
  );
}

/** Forget everything pulled (used when another account logs in on this device). */
export async function clearLocalData(database: KlinikDb = defaultDb): Promise<void> {
  const tables = [
    ...TABLES.map((t) => database.table(t)),
    database.outbox,
    database.deadLetters,
    database.tombstones,
  ];
  await database.transaction('rw', [...tables, database.meta], async () => {
    for (const t of tables) await t.clear();
    await database.meta.bulkDelete([CURSOR_KEY, 'lastSyncedAt']);
  });
}

/** What logging out would leave behind: changes not yet sent, and changes the server refused. */
export async function changeCounts(
  database: KlinikDb = defaultDb,
): Promise<{ unsent: number; refused: number }> {
  const [unsent, refused] = await Promise.all([database.outbox.count(), database.deadLetters.count()]);
  return { unsent, refused };
}
