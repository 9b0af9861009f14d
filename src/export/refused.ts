/**
 * The refused changes as one JSON file, so nothing the server refused (or that left the device
 * with a unit's access) is lost for good: the person can keep the file, or hand it to a
 * coordinator who can enter the values. Plain data, one entry per refused change, oldest first.
 */
import type { DeadLetter } from '../db/schema';

export const REFUSED_FORMAT = 'klinik-inovasi-refused';

export interface RefusedFileEntry {
  table: string;
  recordId: string;
  op: string;
  fields: Record<string, unknown>;
  /** The refusal code: forbidden, invalid, not-found, out-of-scope… */
  reason: string;
  details?: { field: string; code: string }[];
  madeAt: string;
  refusedAt: string;
}

export function refusedFile(letters: readonly DeadLetter[], exportedAt: Date): string {
  const changes = [...letters]
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
    .map(
      (l): RefusedFileEntry => ({
        table: l.entry.table,
        recordId: l.entry.recordId,
        op: l.entry.op,
        fields: l.entry.fields,
        reason: l.error,
        ...(l.details ? { details: l.details } : {}),
        madeAt: l.entry.createdAt,
        refusedAt: l.at,
      }),
    );
  return `${JSON.stringify({ format: REFUSED_FORMAT, exportedAt: exportedAt.toISOString(), changes }, null, 2)}\n`;
}

/** "klinik-inovasi-ditolak-2026-03-15.json" */
export const refusedFileName = (today: string) => `klinik-inovasi-ditolak-${today}.json`;
