/** A backup file that is not intact, not ours or not valid is refused, and nothing changes. */
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/backup/checksum';
import { type BackupProblem, parseBackup } from '../../src/backup/validate';
import { applyImport } from '../../src/db/backup';
import { db } from '../../src/db/schema';
import { exported, fillDevice, snapshot } from './backup-helpers';

describe('refused files change nothing', () => {
  async function tamper(
    text: string,
    edit: (data: Record<string, unknown>) => void,
    reseal = true,
  ): Promise<string> {
    const data = JSON.parse(text) as Record<string, unknown>;
    edit(data);
    if (reseal) {
      const { checksum: _old, ...payload } = data;
      data.checksum = await checksumOf(payload);
    }
    return JSON.stringify(data);
  }

  it.each<[string, (text: string) => Promise<string> | string, BackupProblem['code']]>([
    ['an empty file', () => '  ', 'empty'],
    ['not JSON', () => 'Nama,Jenis\nDinas Sosial,OPD', 'notJson'],
    ['a truncated file', (text) => text.slice(0, Math.floor(text.length * 0.6)), 'truncated'],
    ['foreign JSON', () => '{"units":[{"name":"Dinas"}]}', 'foreign'],
    ['a JSON array', () => '[1,2,3]', 'foreign'],
    [
      'another format',
      (text) =>
        tamper(text, (d) => {
          d.format = 'excalidraw';
        }),
      'wrongFormat',
    ],
    [
      'a newer format',
      (text) =>
        tamper(text, (d) => {
          d.formatVersion = 2;
        }),
      'newerFormat',
    ],
    [
      'newer records',
      (text) =>
        tamper(text, (d) => {
          d.appSchemaVersion = 9;
        }),
      'newerFormat',
    ],
    ['an edited value', (text) => text.replace('Kecamatan Lama', 'Kecamatan Baru'), 'checksum'],
    [
      'a removed record',
      (text) =>
        tamper(
          text,
          (d) => {
            (d.tables as { units: unknown[] }).units.pop();
          },
          false,
        ),
      'checksum',
    ],
    [
      'an invalid record',
      (text) =>
        tamper(text, (d) => {
          Object.assign((d.tables as { units: object[] }).units[0] ?? {}, { kind: 'kantor' });
        }),
      'invalidRecord',
    ],
    [
      'an unknown field',
      (text) =>
        tamper(text, (d) => {
          Object.assign((d.tables as { targets: object[] }).targets[0] ?? {}, { secret: 1 });
        }),
      'invalidRecord',
    ],
    [
      'a duplicated record',
      (text) =>
        tamper(text, (d) => {
          const u = (d.tables as { units: unknown[] }).units;
          u.push(u[0]);
        }),
      'duplicateRecord',
    ],
    [
      'an outbox entry without its record',
      (text) =>
        tamper(text, (d) => {
          Object.assign((d.outbox as object[])[0] ?? {}, { recordId: 'nowhere' });
        }),
      'invalidOutbox',
    ],
  ])('refuses %s', async (_name, make, code) => {
    await fillDevice();
    const { text } = await exported();
    const bad = await make(text);
    const before = await snapshot(db);
    const result = await parseBackup(bad);
    expect(result.ok ? 'accepted' : result.problem.code).toBe(code);
    if (result.ok) await applyImport(result.file, db); // what the screen would do next
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the record and field of an invalid record', async () => {
    await fillDevice();
    const { text } = await exported();
    const bad = await tamper(text, (d) => {
      Object.assign((d.tables as { innovations: object[] }).innovations[1] ?? {}, { jenis: 'analog' });
    });
    const result = await parseBackup(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toMatchObject({
        code: 'invalidRecord',
        problem: { table: 'innovations', field: 'jenis', code: 'invalidChoice' },
      });
  });
});
