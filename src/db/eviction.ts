/**
 * Losing access removes the data from the device. Every pull page names the units the account
 * may hold now (protocol `PullResponse.scope`); this module removes every local record of any
 * other unit, in one transaction: units, innovations and their 5D stages, sessions, follow-ups
 * and conflicts. City-wide records (targets, the clinic's identity: scope '') are never evicted.
 * An unsent change to an evicted record is not dropped: it becomes a refused change (`deadLetters`) with the reason
 * `out-of-scope`, so the person still sees it, and can download it, on the sync page. So does
 * a change the server has just refused as forbidden for that reason (the push runs first).
 *
 * A unit created on this device whose create has not been acknowledged yet (still in the
 * outbox) is kept with everything in it: the server adds a unit to its creator's scope only
 * when the create arrives, so a pull racing that create must not throw it away.
 */
import { CITY_WIDE_TABLES, isTableName, type TableName } from '../domain/table-names';
import { OUT_OF_SCOPE, type PullScope, type RecordRef } from '../protocol/protocol';
import type { OutboxEntry } from './outbox';
import { type DeadLetter, db as defaultDb, type KlinikDb } from './schema';

export interface Eviction {
  /** Records removed, all tables together. */
  evicted: number;
  /** Unsent changes turned into refused changes. */
  refused: number;
}

/** The ids of each table's records outside `keep` (a set of unit ids, '' always among them). */
async function outOfScope(database: KlinikDb, keep: ReadonlySet<string>): Promise<Map<TableName, string[]>> {
  const units = (await database.units.toCollection().primaryKeys()).filter((id) => !keep.has(id));
  const kept = [...keep];
  const byUnit = (table: 'innovations' | 'mentoringSessions' | 'actionItems') =>
    database.table<unknown, string>(table).where('unitId').noneOf(kept).primaryKeys();
  const [innovations, sessions, items, conflicts] = await Promise.all([
    byUnit('innovations'),
    byUnit('mentoringSessions'),
    byUnit('actionItems'),
    database.conflicts.filter((c) => typeof c.unitId === 'string' && !keep.has(c.unitId)).primaryKeys(),
  ]);
  // A 5D stage belongs to its innovation's unit: it goes with the innovation.
  const stages = innovations.length
    ? await database.stageProgress.where('innovationId').anyOf(innovations).primaryKeys()
    : [];
  return new Map<TableName, string[]>([
    ['units', units],
    ['innovations', innovations],
    ['stageProgress', stages],
    ['mentoringSessions', sessions],
    ['actionItems', items],
    ['conflicts', conflicts],
  ]);
}

type Gone = NonNullable<DeadLetter['gone']>;

/** Names of the records unsent changes are about, read before they go (see `DeadLetter.gone`). */
async function namesOf(database: KlinikDb, keys: readonly { table: string; recordId: string }[]) {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const unitName = async (id: unknown) => text((await database.units.get(text(id)))?.name);
  const out = new Map<string, Gone>();
  for (const { table, recordId } of keys) {
    const k = `${table}/${recordId}`;
    if (out.has(k) || table === 'conflicts') continue;
    const row = (await database.table(table).get(recordId)) as Record<string, unknown> | undefined;
    if (!row) continue;
    let gone: Gone;
    if (table === 'units') gone = { name: text(row.name), detail: '', parent: '' };
    else if (table === 'stageProgress') {
      const innovation = await database.innovations.get(text(row.innovationId));
      gone = { name: '', detail: text(row.stage), parent: text(innovation?.name) };
    } else if (table === 'mentoringSessions')
      gone = { name: '', detail: text(row.date), parent: await unitName(row.unitId) };
    else gone = { name: text(row.name ?? row.text), detail: '', parent: await unitName(row.unitId) };
    out.set(k, gone);
  }
  return out;
}

/**
 * Removes every record outside `scope` and moves the unsent changes to them to the refused
 * list, in one transaction: either the unit's data is gone and its edits are listed as refused,
 * or nothing changed. A scope of '*' (coordinators) evicts nothing.
 */
export async function evictOutOfScope(
  scope: PullScope,
  now: Date,
  database: KlinikDb = defaultDb,
): Promise<Eviction> {
  if (scope.units === '*') return { evicted: 0, refused: 0 };
  const allowed = scope.units;
  return evict(database, now, async (outbox) => {
    const keep = new Set<string>(['', ...allowed]);
    for (const e of outbox) if (e.table === 'units' && e.op === 'create') keep.add(e.recordId);
    return outOfScope(database, keep);
  });
}

/**
 * Removes records that moved out of the account's units (protocol `PullResponse.left`: an
 * innovation moved to a unit this account doesn't see), the same way: unsent changes to them
 * become refused changes.
 */
export async function evictRecords(
  refs: readonly RecordRef[],
  now: Date,
  database: KlinikDb = defaultDb,
): Promise<Eviction> {
  const gone = new Map<TableName, string[]>();
  for (const { table, recordId } of refs) {
    if (!isTableName(table) || CITY_WIDE_TABLES.has(table)) continue;
    gone.set(table, [...(gone.get(table) ?? []), recordId]);
  }
  if (gone.size === 0) return { evicted: 0, refused: 0 };
  return evict(database, now, async () => gone);
}

async function evict(
  database: KlinikDb,
  now: Date,
  find: (outbox: OutboxEntry[]) => Promise<Map<TableName, string[]>>,
): Promise<Eviction> {
  const tables = (
    ['units', 'innovations', 'stageProgress', 'mentoringSessions', 'actionItems', 'conflicts'] as const
  ).map((t) => database.table(t));
  return database.transaction(
    'rw',
    [...tables, database.outbox, database.deadLetters, database.tombstones],
    async () => {
      const outbox = await database.outbox.orderBy('seq').toArray();
      const gone = await find(outbox);
      const goneKeys = new Set([...gone].flatMap(([table, ids]) => ids.map((id) => `${table}/${id}`)));
      if (goneKeys.size === 0) return { evicted: 0, refused: 0 };
      const isGone = (e: { table: string; recordId: string }) => goneKeys.has(`${e.table}/${e.recordId}`);
      const refused = outbox.filter(isGone);
      // A change pushed just before this pull was refused as forbidden because the unit had
      // already left the scope: say so, rather than "you have no access" with the data gone.
      const recordIds = [...new Set([...goneKeys].map((k) => k.slice(k.indexOf('/') + 1)))];
      const relabel = (await database.deadLetters.where('entry.recordId').anyOf(recordIds).toArray()).filter(
        (l) => l.error === 'forbidden' && isGone(l.entry),
      );
      const names = await namesOf(database, [...refused, ...relabel.map((l) => l.entry)]);
      const named = (table: string, recordId: string) => {
        const gone = names.get(`${table}/${recordId}`);
        return gone ? { gone } : {};
      };

      let evicted = 0;
      for (const [table, ids] of gone) {
        if (ids.length === 0) continue;
        await database.table(table).bulkDelete(ids);
        await database.tombstones.bulkDelete(ids.map((id): [TableName, string] => [table, id]));
        evicted += ids.length;
      }
      const at = now.toISOString();
      if (refused.length) {
        await database.deadLetters.bulkAdd(
          refused.map((e): DeadLetter => {
            const { inFlight: _inFlight, ...entry } = e;
            return { entry, error: OUT_OF_SCOPE, at, ...named(e.table, e.recordId) };
          }),
        );
        await database.outbox.bulkDelete(refused.flatMap((e) => (e.seq === undefined ? [] : [e.seq])));
      }
      if (relabel.length) {
        await database.deadLetters.bulkPut(
          relabel.map((l) => ({ ...l, error: OUT_OF_SCOPE, ...named(l.entry.table, l.entry.recordId) })),
        );
      }
      return { evicted, refused: refused.length + relabel.length };
    },
  );
}
