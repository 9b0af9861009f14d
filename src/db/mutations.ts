/**
 * The one write path. Every change to a synced table goes through `writeChanges`, which writes
 * the record(s) and their outbox entries in a single Dexie transaction: either all of it lands
 * in IndexedDB or none of it does. The UI says "saved" only after the returned promise resolves.
 * Nothing else in the app calls `table.put/add` on a synced table. Every string of a change is
 * normalised here (domain/text.ts) before it is validated, as the server does with a push, so
 * the device stores what the server will.
 */
import { uuidv7 } from '../domain/ids';
import type { BaseRecord } from '../domain/record';
import { type FieldsOf, type RecordOf, type TableName, VALIDATORS } from '../domain/tables';
import { normaliseStrings } from '../domain/text';
import type { FieldError } from '../domain/validation';
import type { MutationOp } from '../protocol/protocol';
import { getDevice } from './device';
import { canCoalesce, type OutboxEntry } from './outbox';
import { db as defaultDb, type KlinikDb } from './schema';
import { markDeleted } from './tombstones';

export class ValidationFailed extends Error {
  constructor(
    readonly table: TableName,
    readonly errors: FieldError[],
  ) {
    super(`invalid ${table}: ${errors.map((e) => `${e.field}:${e.code}`).join(', ')}`);
    this.name = 'ValidationFailed';
  }
}

export class RecordNotFound extends Error {
  constructor(table: TableName, id: string) {
    super(`${table}/${id} not found`);
    this.name = 'RecordNotFound';
  }
}

/**
 * One change to one record. A patch sends only the fields whose value differs from the stored
 * one, unless `together` is set: then, when anything changed, every field of the patch is sent.
 * The server merges per field (last stamp wins), so fields that must agree with each other (a
 * stage's checklist and its status) travel together and one device's write wins all of them.
 */
export type Change =
  | { [T in TableName]: { table: T; op: 'create'; fields: FieldsOf<T>; id?: string } }[TableName]
  | {
      [T in TableName]: {
        table: T;
        op: 'patch';
        id: string;
        fields: Partial<FieldsOf<T>>;
        together?: boolean;
      };
    }[TableName]
  | { table: TableName; op: 'delete' | 'restore'; id: string };

const BOOKKEEPING: readonly (keyof BaseRecord)[] = ['id', 'createdAt', 'updatedAt', 'deleted', 'version'];

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function editableOf(row: BaseRecord): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...row };
  for (const k of BOOKKEEPING) delete copy[k];
  return copy;
}

/** Writes all `changes` atomically; returns the ids of the records written, in order. */
export function writeChanges(changes: readonly Change[], database: KlinikDb = defaultDb): Promise<string[]> {
  return writeChangesAfterReading(
    changes.map((c) => c.table),
    async () => changes,
    database,
  );
}

/**
 * For a command whose changes depend on what is stored: `plan` reads (through `database`, any of
 * `tables`) and returns the changes, and those are written, all inside one transaction. Nothing
 * another tab or a sync pull writes can land between the reads and the writes.
 */
export async function writeChangesAfterReading(
  tables: readonly TableName[],
  plan: () => Promise<readonly Change[]>,
  database: KlinikDb = defaultDb,
): Promise<string[]> {
  const device = await getDevice(database);
  const scope = [...new Set(tables)].map((t) => database.table(t));
  return database.transaction('rw', [...scope, database.outbox, database.tombstones], async () => {
    const changes = await plan();
    const ids: string[] = [];
    const nowIso = database.clock().toISOString();
    // Requests that do not depend on each other go out together: each one awaited alone costs a
    // round trip to the browser's IndexedDB backend, and an edit was four of them in a row
    // (npm run bench: edit → durable 2.6 ms, a bare put 1.5 ms). The newest outbox entry is read
    // once, beside the first record, and then known: only this transaction writes the outbox.
    let last: Promise<OutboxEntry | undefined> = database.outbox.toCollection().last();
    // A change that fails validation before `last` is awaited aborts the transaction; its read
    // then fails too, and that failure must not surface as an unhandled rejection.
    last.catch(() => undefined);
    for (const change of changes) {
      const table = database.table<BaseRecord, string>(change.table);
      const validate = VALIDATORS[change.table] as (
        p: Record<string, unknown>,
        c?: Record<string, unknown>,
      ) => FieldError[];
      let op: MutationOp;
      let fields: Record<string, unknown>;
      let row: BaseRecord;
      let baseVersion = 0;
      let before: Record<string, unknown> | undefined;
      let writeRow: () => Promise<unknown>;
      if (change.op === 'create') {
        fields = { ...normaliseStrings(change.fields as Record<string, unknown>) };
        const errors = validate(fields);
        if (errors.length) throw new ValidationFailed(change.table, errors);
        const id = change.id ?? uuidv7();
        const created: BaseRecord = {
          ...fields,
          id,
          createdAt: nowIso,
          updatedAt: nowIso,
          deleted: false,
          version: 0,
        };
        row = created;
        writeRow = () => table.add(created);
        op = 'create';
      } else {
        const [current] = await Promise.all([table.get(change.id), last]);
        if (!current) throw new RecordNotFound(change.table, change.id);
        baseVersion = current.version;
        if (change.op === 'patch') {
          const patch = normaliseStrings(change.fields as Record<string, unknown>);
          const errors = validate(patch, editableOf(current));
          if (errors.length) throw new ValidationFailed(change.table, errors);
          const currentFields = current as unknown as Record<string, unknown>;
          fields = Object.fromEntries(
            Object.entries(patch).filter(([k, v]) => !sameValue(currentFields[k], v)),
          );
          if (change.together && Object.keys(fields).length > 0) fields = { ...patch };
          op = 'patch';
        } else {
          const deleted = change.op === 'delete';
          fields = current.deleted === deleted ? {} : { deleted };
          op = deleted ? 'delete' : 'patch';
        }
        if (Object.keys(fields).length === 0) {
          ids.push(change.id); // nothing changed: no write, no outbox row
          continue;
        }
        const was = current as unknown as Record<string, unknown>;
        before = Object.fromEntries(Object.keys(fields).map((k) => [k, was[k]]));
        const updated = { ...current, ...fields, updatedAt: nowIso } as BaseRecord;
        row = updated;
        writeRow =
          'deleted' in fields
            ? () =>
                Promise.all([
                  table.put(updated),
                  markDeleted(database, change.table, updated.id, updated.deleted),
                ])
            : () => table.put(updated);
      }
      ids.push(row.id);
      const entry: OutboxEntry = {
        id: uuidv7(),
        table: change.table,
        recordId: row.id,
        op,
        fields,
        baseVersion,
        hlc: device.hlc.now(),
        createdAt: nowIso,
        ...(before ? { before } : {}),
      };
      // Issued in this order, so IndexedDB applies them in this order; awaited together.
      const [, written] = await Promise.all([writeRow(), appendOutbox(database, await last, entry)]);
      last = Promise.resolve(written);
    }
    return ids;
  });
}

/** Adds `entry`, or folds it into `last` when it only patches the same record further; returns what the outbox's newest entry now is. */
async function appendOutbox(
  database: KlinikDb,
  last: OutboxEntry | undefined,
  entry: OutboxEntry,
): Promise<OutboxEntry> {
  if (last && canCoalesce(last, entry.recordId, entry.op, entry.baseVersion)) {
    // The value before the first of the folded edits is the one to go back to.
    const before = last.before || entry.before ? { ...entry.before, ...last.before } : undefined;
    const merged = {
      ...last,
      fields: { ...last.fields, ...entry.fields },
      hlc: entry.hlc,
      ...(before ? { before } : {}),
    };
    await database.outbox.put(merged);
    return merged;
  }
  const seq = await database.outbox.add(entry);
  return { ...entry, seq };
}

export async function createRecord<T extends TableName>(
  table: T,
  fields: FieldsOf<T>,
  database?: KlinikDb,
): Promise<string> {
  const [id] = await writeChanges([{ table, op: 'create', fields } as Change], database);
  return id as string;
}

export async function updateRecord<T extends TableName>(
  table: T,
  id: string,
  fields: Partial<FieldsOf<T>>,
  database?: KlinikDb,
): Promise<void> {
  await writeChanges([{ table, op: 'patch', id, fields } as Change], database);
}

/** Soft delete: the row stays (as a tombstone) so the delete can be undone and synced. */
export async function deleteRecord(table: TableName, id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table, op: 'delete', id }], database);
}

export async function restoreRecord(table: TableName, id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table, op: 'restore', id }], database);
}

export type { RecordOf };
