/**
 * A backup file forged the way issue 12 found it: built and signed with the app's own format and
 * checksum code (src/backup/format.ts), with a forged version and stamp on an innovation the
 * account may edit, another unit's innovation, a create for another unit and a made-up conflict.
 */
import { type BackupRecord, buildBackup, serializeBackup } from '../../src/backup/format';
import type { OutboxEntry } from '../../src/db/outbox';
import { uuidv7 } from '../../src/domain/ids';
import { newInnovationFields } from '../../src/domain/innovation';
import { FIELD_NAMES, TABLES, type TableName } from '../../src/domain/tables';
import { formatHlc } from '../../src/protocol/hlc';
import type { Change } from '../../src/protocol/protocol';

export interface Seeded {
  unitId: string;
  innovationId: string;
}

/** The record as a backup holds it: bookkeeping plus exactly the table's editable fields. */
function asBackupRecord(table: TableName, change: Change): BackupRecord {
  const fields = change.fields as Record<string, unknown>;
  return {
    id: change.recordId,
    createdAt: String(fields.createdAt),
    updatedAt: String(fields.updatedAt),
    deleted: change.deleted,
    version: change.version,
    ...Object.fromEntries(FIELD_NAMES[table].map((f) => [f, fields[f]])),
  };
}

const YEAR_9999 = 253_402_300_799_000;

/** A backup re-signed with the app's own format and checksum code, full of forgeries. */
export async function forgedBackup(
  serverRecord: (table: string, id: string) => Promise<Change | undefined>,
  mine: Seeded,
  theirs: Seeded,
): Promise<{ text: string; madeUpConflict: string; otherCreate: string }> {
  const now = new Date().toISOString();
  const ours = await serverRecord('innovations', mine.innovationId);
  const other = await serverRecord('innovations', theirs.innovationId);
  if (!ours || !other) throw new Error('seeded innovations not found');
  const forgedOurs = {
    ...asBackupRecord('innovations', ours),
    version: 999_999_999,
    name: 'Nama dari cadangan',
  };
  const forgedOther = { ...asBackupRecord('innovations', other), version: 999_999_999, name: 'Dibajak' };
  const otherCreate = uuidv7();
  const createdElsewhere: BackupRecord = {
    id: otherCreate,
    createdAt: now,
    updatedAt: now,
    deleted: false,
    version: 0,
    ...newInnovationFields({ unitId: theirs.unitId, name: 'Titipan untuk unit lain' }),
  };
  const madeUpConflict = uuidv7();
  const conflict: BackupRecord = {
    id: madeUpConflict,
    createdAt: now,
    updatedAt: now,
    deleted: false,
    version: 999_999_999,
    table: 'innovations',
    recordId: mine.innovationId,
    unitId: mine.unitId,
    kind: 'field',
    field: 'name',
    winningValue: 'Palsu',
    losingValue: 'Palsu juga',
    losingClientId: 'forger',
    losingHlc: formatHlc(Date.now(), 0, 'forger'),
    resolved: false,
  };
  const entry = (recordId: string, op: OutboxEntry['op'], fields: Record<string, unknown>, i: number) => ({
    id: uuidv7(),
    table: 'innovations' as const,
    recordId,
    op,
    fields,
    baseVersion: op === 'create' ? 0 : 999_999_999,
    hlc: formatHlc(YEAR_9999, i, 'forger'),
    createdAt: now,
    seq: i + 1,
  });
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as BackupRecord[]])) as Record<
    TableName,
    BackupRecord[]
  >;
  tables.innovations = [forgedOurs, forgedOther, createdElsewhere];
  tables.conflicts = [conflict];
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    deleted: _d,
    version: _v,
    ...createFields
  } = createdElsewhere;
  const file = await buildBackup({
    exportedAt: now,
    appSchemaVersion: 1,
    device: 'forger-device',
    account: 'forger',
    tables: tables as never,
    outbox: [
      entry(mine.innovationId, 'patch', { name: 'Nama dari cadangan' }, 0),
      entry(otherCreate, 'create', createFields, 1),
    ],
  });
  return { text: serializeBackup(file), madeUpConflict, otherCreate };
}
