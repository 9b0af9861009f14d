/**
 * Read side of the conflicts screen, the sync page and the per-record sync markers. Records are
 * described by reference (`RecordRef`: table, name, parent, where to open it) so the UI can say
 * "Inovasi · SIGAP Stunting" for a conflict, a waiting change or a refused one alike. Units,
 * innovations and sessions are read whole once per query (they are also needed to name the ids
 * inside conflicting values); the other tables only by the ids asked for.
 */
import { compareCodes } from '../../domain/collate';
import type { Conflict } from '../../domain/conflict';
import type { BaseRecord } from '../../domain/record';
import type { OutboxEntry } from '../outbox';
import { type DeadLetter, db as defaultDb, type KlinikDb } from '../schema';
import { isOpenConflict } from './sync-markers';

export type OpenTarget = { route: 'unit' | 'innovation' | 'board' | 'session' | 'targets'; id: string };

export interface RecordRef {
  table: string;
  id: string;
  /** `deleted`: a tombstone on this device; `missing`: not on this device at all. */
  state: 'live' | 'deleted' | 'missing';
  /** Its own name: unit or innovation name, follow-up text; '' when it has none. */
  name: string;
  /** A session's date, a target's year, a stage's key. */
  detail: string;
  /** The unit of an innovation, session or follow-up; the innovation of a 5D stage. */
  parent: string;
  /** Where to open it, or null when there is nothing to open (deleted, missing). */
  open: OpenTarget | null;
  /** For a conflict record: the field and the record it is about. */
  about?: { field: string; ref: RecordRef };
}

/** Names of the records that values can point at (unitId, innovationIds, sessionId). */
export interface NameBook {
  units: Map<string, string>;
  innovations: Map<string, string>;
  /** Session id → its date. */
  sessions: Map<string, string>;
}

interface Context {
  book: NameBook;
  rows: Map<string, Map<string, BaseRecord>>;
}

const key = (v: unknown): string => (typeof v === 'string' ? v : '');

async function loadContext(wanted: readonly { table: string; id: string }[], database: KlinikDb) {
  const [units, innovations, sessions] = await Promise.all([
    database.units.toArray(),
    database.innovations.toArray(),
    database.mentoringSessions.toArray(),
  ]);
  const rows = new Map<string, Map<string, BaseRecord>>([
    ['units', new Map(units.map((r) => [r.id, r]))],
    ['innovations', new Map(innovations.map((r) => [r.id, r]))],
    ['mentoringSessions', new Map(sessions.map((r) => [r.id, r]))],
  ]);
  // Conflicts first: the records they are about are wanted too.
  const more = [...wanted];
  const conflictIds = wanted.filter((w) => w.table === 'conflicts').map((w) => w.id);
  const conflicts = (await database.conflicts.bulkGet(conflictIds)).filter((c) => c !== undefined);
  rows.set('conflicts', new Map(conflicts.map((c) => [c.id, c])));
  for (const c of conflicts) more.push({ table: c.table, id: c.recordId });
  for (const table of ['stageProgress', 'actionItems', 'targets', 'clinicIdentities'] as const) {
    const ids = [...new Set(more.filter((w) => w.table === table).map((w) => w.id))];
    const found = (await database.table<BaseRecord, string>(table).bulkGet(ids)).filter(
      (r) => r !== undefined,
    );
    rows.set(table, new Map(found.map((r) => [r.id, r])));
  }
  const book: NameBook = {
    units: new Map(units.map((u) => [u.id, u.name])),
    innovations: new Map(innovations.map((i) => [i.id, i.name])),
    sessions: new Map(sessions.map((s) => [s.id, s.date])),
  };
  return { book, rows } satisfies Context;
}

type Described = Pick<RecordRef, 'name' | 'detail' | 'parent' | 'open'>;
const described = (name: string, detail: string, parent: string, open: OpenTarget | null): Described => ({
  name,
  detail,
  parent,
  open,
});

/** What a record is called, what it hangs off and where it opens, by table. */
function describeRow(ctx: Context, table: string, id: string, row: Record<string, unknown>): Described {
  const unitName = ctx.book.units.get(key(row.unitId)) ?? '';
  switch (table) {
    case 'units':
      return described(key(row.name), '', '', { route: 'unit', id });
    case 'innovations':
      return described(key(row.name), '', unitName, { route: 'innovation', id });
    case 'stageProgress': {
      const innovationId = key(row.innovationId);
      const innovationName = ctx.book.innovations.get(innovationId) ?? '';
      return described('', key(row.stage), innovationName, { route: 'board', id: innovationId });
    }
    case 'mentoringSessions':
      return described('', key(row.date), unitName, { route: 'session', id });
    case 'actionItems':
      return described(
        key(row.text),
        '',
        unitName,
        row.sessionId ? { route: 'session', id: key(row.sessionId) } : { route: 'unit', id: key(row.unitId) },
      );
    case 'targets':
      return described('', String(row.year ?? ''), '', { route: 'targets', id });
    case 'clinicIdentities':
      return described(key(row.clinicName), key(row.regionName), '', null);
    default:
      return described('', '', '', null);
  }
}

function describe(ctx: Context, table: string, id: string): RecordRef {
  const row = ctx.rows.get(table)?.get(id) as (BaseRecord & Record<string, unknown>) | undefined;
  if (!row) return { table, id, state: 'missing', ...described('', '', '', null) };
  const state = row.deleted ? 'deleted' : 'live';
  const { open, ...text } = describeRow(ctx, table, id, row);
  const ref: RecordRef = { table, id, state, ...text, open: state === 'live' ? open : null };
  if (table === 'conflicts') {
    const c = row as unknown as Conflict;
    ref.about = { field: c.field, ref: describe(ctx, c.table, c.recordId) };
  }
  return ref;
}

export async function countUnresolvedConflicts(database: KlinikDb = defaultDb): Promise<number> {
  return database.conflicts.filter(isOpenConflict).count();
}

export interface ConflictGroup {
  ref: RecordRef;
  /** The record as stored on this device, or undefined when it is not here. */
  record: (BaseRecord & Record<string, unknown>) | undefined;
  /** Newest first. */
  conflicts: Conflict[];
}

export interface ConflictList {
  groups: ConflictGroup[];
  book: NameBook;
  /** This device's client id, to say "from this device". */
  clientId: string;
}

const newestFirst = (a: { createdAt: string }, b: { createdAt: string }) =>
  compareCodes(b.createdAt, a.createdAt);

/** Unresolved conflicts grouped by record; the group with the newest conflict first. */
export async function listConflictGroups(database: KlinikDb = defaultDb): Promise<ConflictList> {
  const open = [...(await database.conflicts.filter(isOpenConflict).toArray())].sort(newestFirst);
  const byRecord = new Map<string, Conflict[]>();
  for (const c of open) {
    const k = `${c.table}/${c.recordId}`;
    byRecord.set(k, [...(byRecord.get(k) ?? []), c]);
  }
  const ctx = await loadContext(
    open.map((c) => ({ table: c.table, id: c.recordId })),
    database,
  );
  const groups = [...byRecord.values()].map((conflicts) => {
    const first = conflicts[0] as Conflict;
    const record = ctx.rows.get(first.table)?.get(first.recordId) as ConflictGroup['record'];
    return { ref: describe(ctx, first.table, first.recordId), record, conflicts };
  });
  const meta = await database.meta.get('clientId');
  return { groups, book: ctx.book, clientId: typeof meta?.value === 'string' ? meta.value : '' };
}

export const PENDING_SHOWN = 50;

export interface PendingItem {
  entry: OutboxEntry;
  ref: RecordRef;
}

/** How many changes wait in the outbox, and the newest `limit` of them described. */
export async function listPending(
  limit = PENDING_SHOWN,
  database: KlinikDb = defaultDb,
): Promise<{ total: number; items: PendingItem[] }> {
  const [total, entries] = await Promise.all([
    database.outbox.count(),
    database.outbox.orderBy('seq').reverse().limit(limit).toArray(),
  ]);
  const ctx = await loadContext(
    entries.map((e) => ({ table: e.table, id: e.recordId })),
    database,
  );
  return {
    total,
    items: entries.map((entry) => ({ entry, ref: describe(ctx, entry.table, entry.recordId) })),
  };
}

export interface RejectedItem {
  letter: DeadLetter & { seq: number };
  ref: RecordRef;
}

/** Changes the server refused, newest first, each with the record it was about. */
export async function listRejected(database: KlinikDb = defaultDb): Promise<RejectedItem[]> {
  const letters = (await database.deadLetters.orderBy('seq').reverse().toArray()).filter(
    (l): l is DeadLetter & { seq: number } => l.seq !== undefined,
  );
  const ctx = await loadContext(
    letters.map((l) => ({ table: l.entry.table, id: l.entry.recordId })),
    database,
  );
  return letters.map((letter) => {
    const ref = describe(ctx, letter.entry.table, letter.entry.recordId);
    // Evicted with its unit: the record is gone, but its name was kept with the change.
    return { letter, ref: ref.state === 'missing' && letter.gone ? { ...ref, ...letter.gone } : ref };
  });
}

export { readSyncMarkers, type SyncMarkerSets } from './sync-markers';
