/**
 * What people do on a device, through the real write path only (createRecord, updateRecord,
 * deleteRecord, restoreRecord, writeChanges, createInnovation). Edits favour a few "hot"
 * records so devices often change the same and neighbouring fields concurrently. Text values
 * are unique per write, so the ledger can tell every write apart.
 *
 * After each single-record write the workload checks the outbox claims what the device knew:
 * the newest entry for the record carries the record's version as `baseVersion` (a change
 * folded into an entry made on an older version would claim not to have seen what it saw).
 */

import { resolveConflict, restoreLosingValue } from '../../../src/db/commands/conflicts';
import { createInnovation } from '../../../src/db/commands/innovations';
import {
  createRecord,
  deleteRecord,
  RecordNotFound,
  restoreRecord,
  updateRecord,
  ValidationFailed,
  writeChanges,
} from '../../../src/db/mutations';
import type { OutboxEntry } from '../../../src/db/outbox';
import type { KlinikDb } from '../../../src/db/schema';
import { JENIS, TAHAPAN } from '../../../src/domain/innovation';
import type { BaseRecord } from '../../../src/domain/record';
import { STAGE_STATUSES, STAGES } from '../../../src/domain/stages';
import type { TableName } from '../../../src/domain/tables';
import { newUnitFields, UNIT_KINDS } from '../../../src/domain/unit';
import type { SimClient } from './client';
import type { Rng } from './prng';
import type { Trace } from './trace';

type EditTable = 'units' | 'innovations' | 'stageProgress';

/** Records this device can see, in id order (ids are time-ordered: creation order). */
async function rows<T extends BaseRecord>(db: KlinikDb, table: TableName, deleted: boolean): Promise<T[]> {
  const all = (await db.table(table).toArray()) as T[];
  return all.filter((r) => r.deleted === deleted);
}

/** Mostly one of the first few records (contention), sometimes any. */
function pickHot<T>(rng: Rng, items: readonly T[]): T | undefined {
  if (items.length === 0) return undefined;
  return rng.chance(0.8) ? items[rng.int(Math.min(2, items.length))] : rng.pick(items);
}

function patchFor(
  client: SimClient,
  rng: Rng,
  table: EditTable,
  row: Record<string, unknown>,
): Record<string, unknown> {
  const u = (p: string) => client.unique(p);
  const options: (() => [string, unknown])[] =
    table === 'units'
      ? [
          () => ['name', u('Unit')],
          () => ['contactPerson', u('Kontak')],
          () => ['parentAgency', u('Induk')],
          () => ['kind', rng.pick(UNIT_KINDS)],
        ]
      : table === 'innovations'
        ? [
            () => ['name', u('Inovasi')],
            () => ['tujuan', u('Tujuan')],
            () => ['manfaat', u('Manfaat')],
            () => ['hasil', u('Hasil')],
            () => ['tahapan', rng.pick(TAHAPAN)],
            () => ['jenis', rng.pick(JENIS)],
            () => ['currentStage', rng.pick(STAGES)],
            () => [
              'team',
              [
                ...((row.team as unknown[]) ?? []).slice(-2),
                { id: u('m'), name: u('Anggota'), role: 'anggota' },
              ],
            ],
          ]
        : [
            () => ['notes', u('Catatan')],
            () => ['status', rng.pick(STAGE_STATUSES)],
            () => {
              const list = (row.checklist as { done: boolean }[]) ?? [];
              const i = rng.int(Math.max(1, list.length));
              return [
                'checklist',
                list.map((item, j) => (j === i ? { ...item, done: !item.done, doneDate: '' } : item)),
              ];
            },
          ];
  const n = rng.weighted([0, 6, 3, 1]);
  const fields: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    // The first two fields of each table are "hot": same-field edits on several devices.
    const option = rng.chance(0.5) ? options[rng.int(2)] : rng.pick(options);
    if (!option) continue;
    const [k, v] = option();
    fields[k] = v;
  }
  return fields;
}

async function lastEntryFor(db: KlinikDb, recordId: string): Promise<OutboxEntry | undefined> {
  const list = await db.outbox.where('recordId').equals(recordId).sortBy('seq');
  return list.at(-1);
}

/** The single-record write check described above; returns a problem or ''. */
async function checkedWrite(
  client: SimClient,
  table: TableName,
  id: string,
  write: () => Promise<void>,
): Promise<string> {
  const db = client.db;
  const row = (await db.table(table).get(id)) as BaseRecord | undefined;
  const before = await lastEntryFor(db, id);
  await write();
  const after = await lastEntryFor(db, id);
  if (!row || !after || (before && after.seq === before.seq && after.hlc === before.hlc)) return '';
  if (after.baseVersion !== row.version) {
    return `${client.name}: outbox entry for ${table}/${id} claims baseVersion ${after.baseVersion} but the record was at version ${row.version} when edited`;
  }
  return '';
}

export interface OpOutcome {
  line: string;
  problem: string;
}

/** One thing a person does on `client`; when the chosen kind has nothing to act on, another. */
export async function randomOp(client: SimClient, rng: Rng, trace: Trace): Promise<OpOutcome> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const outcome = await tryOp(client, rng, trace);
    if (outcome) return outcome;
  }
  return { line: `${client.name} (nothing to do)`, problem: '' };
}

async function tryOp(client: SimClient, rng: Rng, trace: Trace): Promise<OpOutcome | null> {
  const db = client.db;
  const role = client.user.role;
  type Row = BaseRecord & Record<string, unknown>;
  const units = await rows<Row>(db, 'units', false);
  const liveRows = async (table: EditTable): Promise<Row[]> => {
    if (table === 'units') return units;
    const innovations = await rows<Row>(db, 'innovations', false);
    if (table === 'innovations') return innovations;
    const live = new Set(innovations.map((i) => i.id));
    return (await rows<Row>(db, 'stageProgress', false)).filter((s) => live.has(String(s.innovationId)));
  };
  const kind = rng.weighted([
    units.length < 6 ? 1 : 0.2, // create unit
    units.length ? 1.5 : 0, // create innovation
    12, // patch
    3, // burst of patches on one record (autosave)
    1, // two records in one transaction
    1, // delete
    1.5, // restore
    2, // resolve a conflict
  ]);
  const name = client.name;
  let problem = '';
  switch (kind) {
    case 0: {
      const id = await createRecord(
        'units',
        newUnitFields({ name: client.unique('Unit'), kind: rng.pick(UNIT_KINDS) }),
        db,
      );
      return { line: `${name} create unit ${trace.id(id)}`, problem };
    }
    case 1: {
      const unit = pickHot(rng, units);
      if (!unit) break;
      const id = await createInnovation({ unitId: unit.id, name: client.unique('Inovasi') }, db);
      return { line: `${name} create innovation ${trace.id(id)} in ${trace.id(unit.id)}`, problem };
    }
    case 2:
    case 3: {
      // Half the time the person goes on editing what they edited last (autosave while typing).
      const again = client.lastEdited && rng.chance(0.5) ? client.lastEdited : null;
      const table: EditTable =
        again?.table ?? rng.pick(['units', 'innovations', 'innovations', 'stageProgress']);
      const list = await liveRows(table);
      const row = again ? list.find((r) => r.id === again.id) : pickHot(rng, list);
      if (!row) break;
      client.lastEdited = { table, id: row.id };
      const times = kind === 2 ? 1 : rng.range(2, 4);
      const keys: string[] = [];
      for (let i = 0; i < times; i++) {
        const current = ((await db.table(table).get(row.id)) ?? row) as Record<string, unknown>;
        const fields = patchFor(client, rng, table, current);
        keys.push(...Object.keys(fields));
        problem ||= await checkedWrite(client, table, row.id, () =>
          updateRecord(table, row.id, fields as never, db),
        );
      }
      return { line: `${name} patch ${table} ${trace.id(row.id)} {${keys.join(',')}}`, problem };
    }
    case 4: {
      const inno = pickHot(rng, await liveRows('innovations'));
      const stage = inno && (await liveRows('stageProgress')).find((s) => s.innovationId === inno.id);
      if (!inno || !stage) break;
      await writeChanges(
        [
          { table: 'innovations', op: 'patch', id: inno.id, fields: { hasil: client.unique('Hasil') } },
          { table: 'stageProgress', op: 'patch', id: stage.id, fields: { notes: client.unique('Catatan') } },
        ],
        db,
      );
      return {
        line: `${name} patch ${trace.id(inno.id)}.hasil + stage ${trace.id(stage.id)}.notes together`,
        problem,
      };
    }
    case 5: {
      const table = role === 'coordinator' && rng.chance(0.3) ? 'units' : 'innovations';
      const row = pickHot(rng, await liveRows(table));
      if (!row) break;
      problem = await checkedWrite(client, table, row.id, () => deleteRecord(table, row.id, db));
      return { line: `${name} delete ${table} ${trace.id(row.id)}`, problem };
    }
    case 6: {
      const table = rng.pick<TableName>(['units', 'innovations']);
      const row = pickHot(rng, await rows(db, table, true));
      if (!row) break;
      problem = await checkedWrite(client, table, row.id, () => restoreRecord(table, row.id, db));
      return { line: `${name} restore ${table} ${trace.id(row.id)}`, problem };
    }
    case 7: {
      // The conflicts screen: keep what the record holds, or put the losing value back.
      const open = (await db.conflicts.toArray()).filter((c) => !c.deleted && !c.resolved);
      const c = pickHot(rng, open);
      if (!c) break;
      const what = `conflict ${trace.id(c.id)} (${c.kind} ${c.field} of ${trace.id(c.recordId)})`;
      if (rng.chance(0.5)) {
        problem = await checkedWrite(client, 'conflicts', c.id, () => resolveConflict(c, db));
        return { line: `${name} keeps the current value, ${what}`, problem };
      }
      try {
        await restoreLosingValue(c, db);
      } catch (err) {
        if (!(err instanceof ValidationFailed || err instanceof RecordNotFound)) throw err;
        return { line: `${name} cannot put back the losing value of ${what}: ${err.name}`, problem };
      }
      return { line: `${name} puts back the losing value of ${what}`, problem };
    }
  }
  return null;
}
