/**
 * Builders for test records, so a test says only what matters to it.
 *
 * `aUnit`, `anInnovation`, `aSession`, `aFollowUp` write through the app's own write path (row and
 * outbox entry in one transaction), as a user's edit on this device would. The `pulled…` builders
 * put records on the device as a pull from the server would (no outbox entry, a server version),
 * for tests about what the device received: conflicts, sync markers, refused changes.
 */
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord } from '../../src/db/mutations';
import type { OutboxEntry } from '../../src/db/outbox';
import { db, type KlinikDb } from '../../src/db/schema';
import { applyPullPage } from '../../src/db/sync-store';
import { type ActionItemFields, newActionItemFields } from '../../src/domain/action-item';
import type { Conflict } from '../../src/domain/conflict';
import { type InnovationFields, newInnovationFields } from '../../src/domain/innovation';
import { newSessionFields, type SessionFields } from '../../src/domain/session';
import type { TableName } from '../../src/domain/tables';
import { newUnitFields, type UnitFields } from '../../src/domain/unit';
import { formatHlc } from '../../src/protocol/hlc';

/** When pulled records were made on the server. */
export const AT = '2026-01-10T03:00:00.000Z';
/** The client id of "another device" whose edits lost a conflict. */
export const OTHER_DEVICE = '0190aaaa-bbbb-7ccc-8ddd-eeeeff123456';

// ——— made on this device, through the write path ———

/** A unit (an OPD unless `more.kind` says otherwise); resolves to its id. */
export const aUnit = (name: string, more: Partial<UnitFields> = {}, database?: KlinikDb) =>
  createRecord('units', newUnitFields({ name, kind: 'opd', ...more }), database);

/** An innovation with its five stages, as the app creates one; resolves to its id. */
export const anInnovation = (
  unitId: string,
  name: string,
  more: Partial<InnovationFields> = {},
  database?: KlinikDb,
) => createInnovation({ unitId, name, ...more }, database);

/** A mentoring session of `unitId`; resolves to its id. */
export const aSession = (
  unitId: string,
  date: string,
  more: Partial<SessionFields> = {},
  database?: KlinikDb,
) => createRecord('mentoringSessions', newSessionFields({ unitId, date, ...more }), database);

/** A follow-up (action item) of `unitId`, open unless `more.status` says otherwise; resolves to its id. */
export const aFollowUp = (
  unitId: string,
  text: string,
  more: Partial<ActionItemFields> = {},
  database?: KlinikDb,
) => createRecord('actionItems', newActionItemFields({ unitId, text, ...more }), database);

// ——— received from the server ———

/** Puts one record on the device as a pull page from the server would (no outbox entry). */
export async function pulled(
  table: TableName,
  id: string,
  version: number,
  fields: object,
  deleted = false,
  database: KlinikDb = db,
): Promise<void> {
  await applyPullPage(
    [
      {
        table: table as 'units',
        recordId: id,
        version,
        deleted,
        fields: { createdAt: AT, updatedAt: AT, ...fields },
      },
    ],
    `c${version}`,
    database,
  );
}

/**
 * Unit `u1` "Dinas Kesehatan" (version 1) and its innovation `i1` "SIGAP Stunting" (version 2),
 * both pulled; the innovation deleted on the server when `deleted`.
 */
export async function pulledInnovation(
  opts: { deleted?: boolean } & Partial<InnovationFields> = {},
): Promise<void> {
  const { deleted = false, ...more } = opts;
  await pulled('units', 'u1', 1, newUnitFields({ name: 'Dinas Kesehatan', kind: 'opd' }));
  await pulled(
    'innovations',
    'i1',
    2,
    newInnovationFields({ unitId: 'u1', name: 'SIGAP Stunting', ...more }),
    deleted,
  );
}

let conflictVersion = 100;
/**
 * An unresolved conflict the server recorded, by default on innovation `i1` of unit `u1`: the
 * other device's `losingValue` lost to `winningValue`. Resolves to the stored row.
 */
export async function aConflict(
  partial: Partial<Conflict> & Pick<Conflict, 'id' | 'field' | 'losingValue'>,
): Promise<Conflict> {
  const { id, ...rest } = partial;
  await pulled('conflicts', id, ++conflictVersion, {
    table: 'innovations',
    recordId: 'i1',
    unitId: 'u1',
    kind: 'field',
    winningValue: null,
    losingClientId: OTHER_DEVICE,
    losingHlc: formatHlc(Date.parse(AT), 0, OTHER_DEVICE),
    resolved: false,
    ...rest,
  });
  const stored = await db.conflicts.get(id);
  if (!stored) throw new Error(`conflict ${id} not stored`);
  return stored;
}

/** A patch this device sent (e.g. one the server then refused, for a dead letter). */
export function aPatch(
  table: TableName,
  recordId: string,
  fields: Record<string, unknown>,
  more: Partial<OutboxEntry> = {},
): OutboxEntry {
  return {
    id: `m-${recordId}-${Object.keys(fields).join()}`,
    table,
    recordId,
    op: 'patch',
    fields,
    baseVersion: 1,
    hlc: formatHlc(Date.parse(AT), 0, 'me'),
    createdAt: AT,
    ...more,
  };
}

/** Conflict `c1`: innovation `i1`'s trial date 2026-03-01 beat another device's 2026-02-15. */
export async function aTrialDateConflict(): Promise<Conflict> {
  await pulledInnovation({ trialDate: '2026-03-01' });
  return aConflict({ id: 'c1', field: 'trialDate', winningValue: '2026-03-01', losingValue: '2026-02-15' });
}
