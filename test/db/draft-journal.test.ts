import { describe, expect, it } from 'vitest';
import { journalCommitted, journalPending, recoverDrafts } from '../../src/db/draft-journal';
import { createRecord } from '../../src/db/mutations';
import { db } from '../../src/db/schema';
import { newUnitFields } from '../../src/domain/unit';

const KEY = 'klinik-inovasi.draft-journal';

describe('draft journal', () => {
  it('replays fields a closed page never committed, through the write path', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { contactPerson: 'Pak Budi' });
    expect(await recoverDrafts()).toBe(1);
    expect((await db.units.get(id))?.contactPerson).toBe('Pak Budi');
    const last = await db.outbox.toCollection().last();
    expect(last?.fields).toMatchObject({ contactPerson: 'Pak Budi' });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('forgets fields once committed, but keeps ones typed over since', async () => {
    journalPending('units', 'u1', { name: 'A', contactPerson: 'B' });
    journalPending('units', 'u1', { contactPerson: 'Bu' });
    journalCommitted('units', 'u1', { name: 'A', contactPerson: 'B' });
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}')).toEqual({
      'units/u1': { table: 'units', id: 'u1', fields: { contactPerson: 'Bu' } },
    });
  });

  it('drops fields that no longer validate and still lands the rest', async () => {
    const id = await createRecord('units', newUnitFields({ name: 'Dinas Sosial', kind: 'opd' }));
    journalPending('units', id, { name: '   ', parentAgency: 'Pemkot' });
    await recoverDrafts();
    const unit = await db.units.get(id);
    expect(unit?.name).toBe('Dinas Sosial');
    expect(unit?.parentAgency).toBe('Pemkot');
  });

  it('survives a corrupt journal and a record that is gone', async () => {
    localStorage.setItem(KEY, '{not json');
    expect(await recoverDrafts()).toBe(0);
    journalPending('units', 'missing', { name: 'X' });
    expect(await recoverDrafts()).toBe(0);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
