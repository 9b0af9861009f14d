import { describe, expect, it } from 'vitest';
import { editClinicIdentity } from '../../src/db/commands/clinic-identity';
import { loadDemoData } from '../../src/db/demo';
import { createRecord } from '../../src/db/mutations';
import { getClinicIdentity } from '../../src/db/queries/clinic-identity';
import { getDeviceDataStats } from '../../src/db/queries/device-stats';
import { db } from '../../src/db/schema';
import { DEMO_TABLES } from '../../src/domain/demo';
import { isUuid } from '../../src/domain/ids';
import { newUnitFields } from '../../src/domain/unit';

async function countAll(): Promise<Record<string, number>> {
  const entries = await Promise.all(DEMO_TABLES.map(async (t) => [t, await db.table(t).count()] as const));
  return Object.fromEntries(entries);
}

describe('loadDemoData', () => {
  it('writes every record with one outbox create entry each, and reports the counts', async () => {
    const counts = await loadDemoData(db, { today: '2026-03-15' });
    expect(counts.units).toBeGreaterThanOrEqual(12);
    expect(counts.innovations).toBeGreaterThanOrEqual(24);
    expect(counts.stageProgress).toBe(counts.innovations * 5);
    expect(counts.mentoringSessions).toBeGreaterThanOrEqual(15);
    expect(counts.actionItems).toBeGreaterThanOrEqual(30);
    expect(counts.targets).toBe(1);
    expect(await countAll()).toEqual(counts);

    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(total);
    expect(outbox.every((e) => e.op === 'create' && e.baseVersion === 0)).toBe(true);
    expect(new Set(outbox.map((e) => e.recordId)).size).toBe(total);
    const units = await db.units.toArray();
    expect(units.every((u) => isUuid(u.id) && !u.deleted && u.version === 0)).toBe(true);
    expect((await db.targets.toArray())[0]).toMatchObject({
      year: 2026,
      proposalTarget: 100,
      onePerAgency: true,
    });
  });

  it('adds to existing data with fresh ids on a second load', async () => {
    await createRecord('units', newUnitFields({ name: 'Unit milik pengguna', kind: 'opd' }));
    const first = await loadDemoData();
    const firstIds = new Set((await db.units.toArray()).map((u) => u.id));
    await loadDemoData();
    const units = await db.units.toArray();
    expect(units).toHaveLength(1 + first.units * 2);
    expect(units.filter((u) => !firstIds.has(u.id))).toHaveLength(first.units);
    expect(units.some((u) => u.name === 'Unit milik pengguna')).toBe(true);
  });

  it('keeps a clinic identity already set instead of failing or overwriting it', async () => {
    await editClinicIdentity({ regionName: 'Kota Pontianak' });
    const counts = await loadDemoData();
    expect(counts.clinicIdentities).toBe(0);
    expect((await getClinicIdentity()).regionName).toBe('Kota Pontianak');
    await db.clinicIdentities.clear();
    expect((await loadDemoData()).clinicIdentities).toBe(1);
    expect((await getClinicIdentity()).regionName).toBe('Kota Sukamaju');
  });

  it('writes nothing at all when the transaction fails part-way', async () => {
    let seen = 0;
    const hook = (() => {
      seen++;
      if (seen === 40) throw new Error('injected outbox failure');
    }) as () => void;
    db.outbox.hook('creating', hook);
    try {
      await expect(loadDemoData()).rejects.toThrow('injected outbox failure');
    } finally {
      db.outbox.hook('creating').unsubscribe(hook);
    }
    expect(seen).toBe(40);
    expect(Object.values(await countAll()).every((n) => n === 0)).toBe(true);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('getDeviceDataStats', () => {
  it('counts live records and changes waiting to sync', async () => {
    expect(await getDeviceDataStats()).toEqual({ units: 0, records: 0, pending: 0 });
    const counts = await loadDemoData();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(await getDeviceDataStats()).toEqual({ units: counts.units, records: total, pending: total });
  });
});
