import { describe, expect, it } from 'vitest';
import type { DeadLetter } from '../../src/db/schema';
import { REFUSED_FORMAT, refusedFile, refusedFileName } from '../../src/export/refused';
import { OUT_OF_SCOPE } from '../../src/protocol/protocol';

const letter = (seq: number, error: string, fields: Record<string, unknown>): DeadLetter => ({
  seq,
  entry: {
    id: `m${seq}`,
    table: 'innovations',
    recordId: 'i1',
    op: 'patch',
    fields,
    baseVersion: 3,
    hlc: 'h',
    createdAt: '2026-03-01T01:00:00.000Z',
    before: { name: 'Server' },
  },
  error,
  at: '2026-03-01T02:00:00.000Z',
});

describe('refused changes file', () => {
  it('lists every refused change, oldest first, with its reason, and nothing of the device bookkeeping', () => {
    const text = refusedFile(
      [letter(2, OUT_OF_SCOPE, { name: "=cmd|' /C calc'!A0" }), letter(1, 'forbidden', { tujuan: 'x' })],
      new Date('2026-03-02T00:00:00.000Z'),
    );
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: REFUSED_FORMAT, exportedAt: '2026-03-02T00:00:00.000Z' });
    expect(file.changes.map((c: { reason: string }) => c.reason)).toEqual(['forbidden', OUT_OF_SCOPE]);
    expect(file.changes[1]).toEqual({
      table: 'innovations',
      recordId: 'i1',
      op: 'patch',
      fields: { name: "=cmd|' /C calc'!A0" },
      reason: OUT_OF_SCOPE,
      madeAt: '2026-03-01T01:00:00.000Z',
      refusedAt: '2026-03-01T02:00:00.000Z',
    });
    expect(refusedFileName('2026-03-02')).toBe('klinik-inovasi-ditolak-2026-03-02.json');
  });
});
