/**
 * A backup file carries unsent work, not server truth (issue 12): a file re-signed the app's own
 * way (the checksum detects damage, not a forger) cannot store anything as server data, cannot
 * freeze a record with a forged version or stamp, and cannot hang the import with deep nesting.
 */
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../src/backup/checksum';
import type { BackupFile } from '../../src/backup/format';
import { parseBackup } from '../../src/backup/validate';
import { applyImport, previewImport } from '../../src/db/backup';
import { getDevice } from '../../src/db/device';
import { db, type KlinikDb } from '../../src/db/schema';
import { applyPullPage } from '../../src/db/sync-store';
import { newInnovationFields } from '../../src/domain/innovation';
import { formatHlc, parseHlc } from '../../src/protocol/hlc';
import { AT, exported, fillDevice, otherDevice, snapshot } from './backup-helpers';

/** The file's text edited and signed again with the app's own checksum code. */
async function resign(file: BackupFile, edit: (data: BackupFile) => void): Promise<BackupFile> {
  const data = structuredClone(file);
  edit(data);
  const { checksum: _old, ...payload } = data;
  data.checksum = await checksumOf(payload);
  const parsed = await parseBackup(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code}`);
  return parsed.file;
}

/** A device that pulled `srv-inno` (version 5) the way the exporting device did. */
async function pulledInnovation(database: KlinikDb, version = 5): Promise<void> {
  await applyPullPage(
    [
      {
        table: 'innovations',
        recordId: 'srv-inno',
        version,
        deleted: false,
        fields: {
          createdAt: AT,
          updatedAt: AT,
          ...newInnovationFields({ unitId: 'srv-unit', name: 'Layanan Keliling' }),
        },
      },
    ],
    'cursor-5',
    database,
  );
}

const innovationOf = (file: BackupFile) => {
  const row = file.tables.innovations.find((r) => r.id === 'srv-inno');
  if (!row) throw new Error('no srv-inno');
  return row as unknown as Record<string, unknown>;
};

describe('a re-signed backup changes no server truth', () => {
  it('does not store a forged version, nor take server fields from the file', async () => {
    await fillDevice();
    const { file } = await exported();
    const forged = await resign(file, (d) => {
      d.outbox = d.outbox.filter((e) => e.recordId !== 'srv-inno');
      Object.assign(innovationOf(d), { version: 999_999_999, tujuan: 'Ditulis pemalsu' });
    });
    const other = otherDevice();
    await pulledInnovation(other);
    await getDevice(other);
    const before = await snapshot(other);
    const preview = await previewImport(forged, other);
    expect(preview.plan.summary.tables.innovations.skipped).toBeGreaterThan(0);
    await applyImport(forged, other);
    expect(await other.innovations.get('srv-inno')).toEqual(before.tables[1]?.[0]);
    expect(await other.outbox.where('recordId').equals('srv-inno').count()).toBe(0);
    // A later pull of version 6 still reaches the device.
    await applyPullPage(
      [
        {
          table: 'innovations',
          recordId: 'srv-inno',
          version: 6,
          deleted: false,
          fields: {
            createdAt: AT,
            updatedAt: AT,
            ...newInnovationFields({ unitId: 'srv-unit', name: 'Diubah koordinator' }),
          },
        },
      ],
      'cursor-6',
      other,
    );
    expect((await other.innovations.get('srv-inno'))?.name).toBe('Diubah koordinator');
  });

  it('queues a forged unsent edit with a base version and stamp no later than this device’s', async () => {
    await fillDevice();
    const { file } = await exported();
    const forged = await resign(file, (d) => {
      innovationOf(d).version = 999_999_999;
      for (const e of d.outbox) {
        if (e.recordId !== 'srv-inno') continue;
        e.baseVersion = 999_999_999;
        e.hlc = formatHlc(253_402_300_799_000, 0, 'forger'); // the year 9999
      }
    });
    const other = otherDevice();
    await pulledInnovation(other);
    const start = Date.now();
    await applyImport(forged, other);
    const [queued] = await other.outbox.where('recordId').equals('srv-inno').toArray();
    expect(queued?.fields).toMatchObject({ name: 'Layanan Keliling Desa, "Jemput Bola"' });
    expect(queued?.baseVersion).toBe(5);
    expect(parseHlc(queued?.hlc ?? '')?.ms).toBeLessThan(start + 60_000);
    expect((await other.innovations.get('srv-inno'))?.version).toBe(5);
  });

  it('never stores a made-up conflict record, nor another unit’s server records', async () => {
    await fillDevice();
    const { file } = await exported();
    const forged = await resign(file, (d) => {
      d.tables.conflicts.push({ ...d.tables.conflicts[0], id: 'made-up' } as never);
      d.outbox.push({
        id: 'm-made-up',
        table: 'conflicts',
        recordId: 'made-up',
        op: 'create',
        fields: {},
        baseVersion: 0,
        hlc: formatHlc(Date.parse(AT), 0, 'forger'),
        createdAt: AT,
        seq: 9_999,
      });
    });
    const other = otherDevice();
    await applyImport(forged, other);
    expect(await other.conflicts.count()).toBe(0);
    expect(await other.units.get('srv-unit')).toBeUndefined();
    expect(await other.innovations.get('srv-inno')).toBeUndefined();
    expect((await other.outbox.toArray()).filter((e) => e.table === 'conflicts')).toEqual([]);
  });
});

describe('deep nesting', () => {
  it('refuses a file nested 20,000 levels deep with its own problem, changing nothing', async () => {
    await fillDevice();
    const { text } = await exported();
    const before = await snapshot(db);
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const hostile = text.replace('"outbox":[', `"outbox":[${deep},`);
    const parsed = await parseBackup(hostile);
    expect(parsed).toEqual({ ok: false, problem: { code: 'tooDeep' } });
    expect(await snapshot(db)).toEqual(before);
  });
});
