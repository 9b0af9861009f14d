/**
 * The backup file ("cadangan"): every record this device holds, deleted ones included, and the
 * outbox of changes not yet sent, so a facilitator offline for weeks can move unsent work to
 * another device. Plain JSON; `checksum` covers everything else in the file (see checksum.ts).
 */
import type { OutboxEntry } from '../db/outbox';
import type { BaseRecord } from '../domain/record';
import { type RecordOf, TABLES, type TableName } from '../domain/tables';
import { checksumOf } from './checksum';

export const BACKUP_FORMAT = 'klinik-inovasi-backup';
/** Bump when the file's shape changes; older apps then refuse the file instead of misreading it. */
export const BACKUP_FORMAT_VERSION = 1;

export type BackupTables = { [T in TableName]: RecordOf<T>[] };

/** A record as the file holds it: bookkeeping fields plus the table's editable fields. */
export type BackupRecord = BaseRecord & Record<string, unknown>;

export interface BackupPayload {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  /** The record shape version (sync protocol's SCHEMA_VERSION) the records follow. */
  appSchemaVersion: number;
  /** The exporting device's sync client id. */
  device: string;
  /** User name of the account logged in on the exporting device, when there was one. */
  account?: string;
  tables: BackupTables;
  outbox: OutboxEntry[];
}

export interface BackupFile extends BackupPayload {
  checksum: string;
}

export interface BackupInput {
  exportedAt: string;
  appSchemaVersion: number;
  device: string;
  account?: string | undefined;
  tables: BackupTables;
  outbox: OutboxEntry[];
}

/** Builds the file object and its checksum. */
export async function buildBackup(input: BackupInput): Promise<BackupFile> {
  // Through JSON first, so the checksum covers exactly what a reader of the text will see.
  const payload = JSON.parse(
    JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      exportedAt: input.exportedAt,
      appSchemaVersion: input.appSchemaVersion,
      device: input.device,
      ...(input.account ? { account: input.account } : {}),
      tables: Object.fromEntries(TABLES.map((t) => [t, input.tables[t]])),
      outbox: input.outbox,
    }),
  ) as BackupPayload;
  return { ...payload, checksum: await checksumOf(payload) };
}

/**
 * The file's text. `format` comes first, so a file cut short can still be told apart from
 * something that never was a backup; the header comes before the (large) tables.
 */
export function serializeBackup(file: BackupFile): string {
  const { format, formatVersion, exportedAt, appSchemaVersion, device, account, checksum, tables, outbox } =
    file;
  return JSON.stringify({
    format,
    formatVersion,
    exportedAt,
    appSchemaVersion,
    device,
    account,
    checksum,
    tables,
    outbox,
  });
}

/** The start of every backup file's text (see `serializeBackup`). */
export const BACKUP_TEXT_PREFIX = `{"format":"${BACKUP_FORMAT}"`;

/** `klinik-inovasi-cadangan-YYYY-MM-DD.json` for the local day `today`. */
export function backupFileName(today: string): string {
  return `klinik-inovasi-cadangan-${today}.json`;
}

/** One table's records with their fields open to inspection. */
export function recordsOf(tables: BackupTables, table: TableName): BackupRecord[] {
  return tables[table] as unknown as BackupRecord[];
}

export function recordCount(tables: BackupTables): number {
  return TABLES.reduce((n, t) => n + tables[t].length, 0);
}
