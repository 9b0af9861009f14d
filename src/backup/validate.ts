/**
 * Reads a backup file's text and decides whether it may be imported. Every refusal names its
 * problem (a code the UI translates); nothing here touches the database, so a refused file
 * leaves everything as it was. Order: is it JSON at all, is it ours, is it a format this app
 * knows, is it nested no deeper than any real file, is it intact (checksum), and only then is
 * every record valid.
 */
import { exceedsDepth, MAX_JSON_DEPTH } from '../domain/json-depth';
import { TABLES, type TableName } from '../domain/tables';
import { SCHEMA_VERSION } from '../protocol/protocol';
import { checksumOf } from './checksum';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from './format';
import {
  checkOutboxEntry,
  checkRecord,
  isPlainObject,
  type OutboxProblem,
  type RecordProblem,
} from './records';

export type BackupProblem =
  | { code: 'empty' }
  | { code: 'notJson' }
  | { code: 'truncated' }
  | { code: 'tooDeep' }
  | { code: 'foreign' }
  | { code: 'wrongFormat'; format: string }
  | { code: 'newerFormat'; version: number }
  | { code: 'damaged'; part: string }
  | { code: 'checksum' }
  | { code: 'invalidRecord'; problem: RecordProblem }
  | { code: 'duplicateRecord'; table: TableName; id: string }
  | { code: 'invalidOutbox'; problem: OutboxProblem };

export type ParseResult = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem };

export interface ParseOptions {
  /** Called every `progressEvery` records checked and at the end; awaited, so the UI can paint. */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  progressEvery?: number;
  /** The record shape this app writes (tests pretend to be an older app). */
  schemaVersion?: number;
}

const HEADER_KEYS = [
  'format',
  'formatVersion',
  'exportedAt',
  'appSchemaVersion',
  'device',
  'account',
  'checksum',
  'tables',
  'outbox',
];
const OUR_START = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${BACKUP_FORMAT}"`);

const fail = (problem: BackupProblem): ParseResult => ({ ok: false, problem });
const isTimestamp = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** Is it ours, in a format this app reads? `null` when the header is fine. */
function checkHeader(data: Record<string, unknown>, schemaVersion: number): BackupProblem | null {
  if (data.format === undefined) return { code: 'foreign' };
  if (data.format !== BACKUP_FORMAT) {
    return typeof data.format === 'string'
      ? { code: 'wrongFormat', format: data.format }
      : { code: 'foreign' };
  }
  const version = data.formatVersion;
  if (!Number.isInteger(version) || (version as number) < 1)
    return { code: 'damaged', part: 'formatVersion' };
  if ((version as number) > BACKUP_FORMAT_VERSION) return { code: 'newerFormat', version: version as number };
  const schema = data.appSchemaVersion;
  if (!Number.isInteger(schema) || (schema as number) < 1)
    return { code: 'damaged', part: 'appSchemaVersion' };
  if ((schema as number) > schemaVersion) return { code: 'newerFormat', version: schema as number };
  if (typeof data.checksum !== 'string') return { code: 'damaged', part: 'checksum' };
  return null;
}

/** Tables added after backup files existed: a file made before them has none, which means empty. */
const ADDED_LATER: ReadonlySet<TableName> = new Set<TableName>(['clinicIdentities']);

function checkShape(data: Record<string, unknown>): BackupProblem | null {
  const extra = Object.keys(data).find((k) => !HEADER_KEYS.includes(k));
  if (extra) return { code: 'damaged', part: extra };
  if (!isTimestamp(data.exportedAt)) return { code: 'damaged', part: 'exportedAt' };
  if (typeof data.device !== 'string') return { code: 'damaged', part: 'device' };
  if (data.account !== undefined && typeof data.account !== 'string')
    return { code: 'damaged', part: 'account' };
  const tables = data.tables;
  if (!isPlainObject(tables)) return { code: 'damaged', part: 'tables' };
  const unknownTable = Object.keys(tables).find((k) => !(TABLES as readonly string[]).includes(k));
  if (unknownTable) return { code: 'damaged', part: `tables.${unknownTable}` };
  const missing = TABLES.find(
    (t) => !Array.isArray(tables[t]) && !(ADDED_LATER.has(t) && tables[t] === undefined),
  );
  if (missing) return { code: 'damaged', part: `tables.${missing}` };
  if (!Array.isArray(data.outbox)) return { code: 'damaged', part: 'outbox' };
  return null;
}

export async function parseBackup(text: string, options: ParseOptions = {}): Promise<ParseResult> {
  if (text.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // A parser that gives up on nesting says so with a RangeError (too much recursion).
    if (err instanceof RangeError) return fail({ code: 'tooDeep' });
    return fail({ code: OUR_START.test(text.slice(0, 200)) ? 'truncated' : 'notJson' });
  }
  if (!isPlainObject(data)) return fail({ code: 'foreign' });
  // Before anything recursive (the checksum's canonical JSON, the validators) walks it: a hostile
  // 20,000-level value would overflow the stack there and leave the import stuck at 0 %.
  if (exceedsDepth(data, MAX_JSON_DEPTH)) return fail({ code: 'tooDeep' });
  const headerProblem = checkHeader(data, options.schemaVersion ?? SCHEMA_VERSION);
  if (headerProblem) return fail(headerProblem);
  const { checksum, ...payload } = data;
  if ((await checksumOf(payload)) !== checksum) return fail({ code: 'checksum' });
  const shapeProblem = checkShape(data);
  if (shapeProblem) return fail(shapeProblem);

  const tables = Object.fromEntries(
    TABLES.map((t) => [t, (data.tables as Record<string, unknown[] | undefined>)[t] ?? []]),
  ) as Record<TableName, unknown[]>;
  const outbox = data.outbox as unknown[];
  const total = TABLES.reduce((n, t) => n + tables[t].length, 0) + outbox.length;
  const every = Math.max(1, options.progressEvery ?? 500);
  let done = 0;
  const tick = async () => {
    done++;
    if (done % every === 0) await options.onProgress?.(done, total);
  };

  const present = new Set<string>();
  for (const table of TABLES) {
    for (const [index, raw] of tables[table].entries()) {
      const problem = checkRecord(table, raw, index);
      if (problem) return fail({ code: 'invalidRecord', problem });
      const key = `${table}/${(raw as { id: string }).id}`;
      if (present.has(key)) return fail({ code: 'duplicateRecord', table, id: (raw as { id: string }).id });
      present.add(key);
      await tick();
    }
  }
  const mutationIds = new Set<string>();
  for (const [index, raw] of outbox.entries()) {
    const problem = checkOutboxEntry(raw, index);
    if (problem) return fail({ code: 'invalidOutbox', problem });
    const entry = raw as { id: string; table: string; recordId: string };
    // Every unsent change must belong to a record in the file, and mutation ids are unique.
    if (!present.has(`${entry.table}/${entry.recordId}`))
      return fail({ code: 'invalidOutbox', problem: { index, field: 'recordId', code: 'required' } });
    if (mutationIds.has(entry.id))
      return fail({ code: 'invalidOutbox', problem: { index, field: 'id', code: 'invalidChoice' } });
    mutationIds.add(entry.id);
    await tick();
  }
  await options.onProgress?.(total, total);
  return { ok: true, file: { ...data, tables } as unknown as BackupFile };
}
