/**
 * The initial-sync baseline's input: every record the coordinator may see, pulled once through
 * the API and saved as one JSON body of rows per table, shaped exactly as the sync engine stores
 * them. Served by the real server from the bench build's folder, so the browser fetches it the
 * way it fetches anything else.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PullResponse } from '../../src/protocol/protocol';
import type { Api } from '../e2e/api';

export async function writeCityJson(api: Api, file: string): Promise<{ records: number; bytes: number }> {
  const rows: Record<string, Record<string, unknown>[]> = {};
  let cursor = '';
  let records = 0;
  for (;;) {
    const page = await api.call<PullResponse>(
      'GET',
      `/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=1000`,
    );
    for (const c of page.changes) {
      const list = rows[c.table] ?? [];
      rows[c.table] = list;
      list.push({ ...c.fields, id: c.recordId, deleted: c.deleted, version: c.version });
      records++;
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const body = JSON.stringify(rows);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
  return { records, bytes: Buffer.byteLength(body) };
}
