import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord, updateRecord } from '../../src/db/mutations';
import { getUnitDetail } from '../../src/db/queries/unit-detail';
import { listUnitSummaries } from '../../src/db/queries/units';
import { type ActionItemFields, newActionItemFields } from '../../src/domain/action-item';
import { newSessionFields } from '../../src/domain/session';
import { newUnitFields, type UnitFields } from '../../src/domain/unit';

const TODAY = '2026-03-10';
const unit = (partial: Partial<UnitFields> & Pick<UnitFields, 'name' | 'kind'>) =>
  createRecord('units', newUnitFields(partial));
const followUp = (unitId: string, text: string, extra: Partial<ActionItemFields> = {}) =>
  createRecord('actionItems', newActionItemFields({ unitId, text, ...extra }));

describe('listUnitSummaries', () => {
  it('counts live innovations and open follow-ups per unit, overdue among them', async () => {
    const dinkes = await unit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const kel = await unit({ name: 'Kelurahan Sukamaju', kind: 'kelurahan' });
    await createInnovation({ unitId: dinkes, name: 'Si Sehat' });
    await createInnovation({ unitId: dinkes, name: 'Posyandu Digital' });
    const gone = await createInnovation({ unitId: dinkes, name: 'Dihapus' });
    await deleteRecord('innovations', gone);
    await followUp(dinkes, 'Kirim SK tim', { dueDate: '2026-03-01' }); // overdue
    await followUp(dinkes, 'Susun SOP', { dueDate: '2026-03-10' }); // due today: not overdue
    await followUp(dinkes, 'Tanpa tenggat');
    await followUp(dinkes, 'Sudah selesai', {
      status: 'done',
      dueDate: '2026-01-01',
      doneDate: '2026-01-02',
    });
    const deletedItem = await followUp(dinkes, 'Terhapus', { dueDate: '2026-01-01' });
    await deleteRecord('actionItems', deletedItem);
    await followUp(dinkes, 'Milik inovasi terhapus', { innovationId: gone, dueDate: '2026-01-01' });

    const rows = await listUnitSummaries(TODAY);
    expect(rows.map((r) => r.unit.name)).toEqual(['Dinas Kesehatan', 'Kelurahan Sukamaju']);
    expect(rows[0]).toMatchObject({ innovationCount: 2, openFollowUps: 3, overdueFollowUps: 1 });
    expect(rows[1]).toMatchObject({
      unit: { id: kel },
      innovationCount: 0,
      openFollowUps: 0,
      overdueFollowUps: 0,
    });
  });

  it('hides deleted units and sorts by name ignoring case', async () => {
    await unit({ name: 'kecamatan Barat', kind: 'kecamatan' });
    await unit({ name: 'Badan Pendapatan', kind: 'opd' });
    const gone = await unit({ name: 'Aaa Dihapus', kind: 'opd' });
    await unit({ name: 'UPT Puskesmas 10', kind: 'uptPuskesmas' });
    await unit({ name: 'UPT Puskesmas 9', kind: 'uptPuskesmas' });
    await deleteRecord('units', gone);
    const rows = await listUnitSummaries(TODAY);
    expect(rows.map((r) => r.unit.name)).toEqual([
      'Badan Pendapatan',
      'kecamatan Barat',
      'UPT Puskesmas 9',
      'UPT Puskesmas 10',
    ]);
  });
});

describe('getUnitDetail', () => {
  it('returns null for a missing or deleted unit', async () => {
    expect(await getUnitDetail('nope')).toBeNull();
    const id = await unit({ name: 'Dinas Sosial', kind: 'opd' });
    await deleteRecord('units', id);
    expect(await getUnitDetail(id)).toBeNull();
  });

  it('gives live innovations with their stages, sessions newest first and open follow-ups by due date', async () => {
    const id = await unit({ name: 'Dinas Sosial', kind: 'opd' });
    const other = await unit({ name: 'Dinas Lain', kind: 'opd' });
    const b = await createInnovation({ unitId: id, name: 'Bansos Tepat' });
    await createInnovation({ unitId: id, name: 'Antrean Daring' });
    const gone = await createInnovation({ unitId: id, name: 'Dihapus' });
    await deleteRecord('innovations', gone);
    await createInnovation({ unitId: other, name: 'Bukan milik unit ini' });
    const s1 = await createRecord('mentoringSessions', newSessionFields({ unitId: id, date: '2026-01-05' }));
    const s2 = await createRecord('mentoringSessions', newSessionFields({ unitId: id, date: '2026-02-20' }));
    const s3 = await createRecord('mentoringSessions', newSessionFields({ unitId: id, date: '2026-03-01' }));
    await deleteRecord('mentoringSessions', s3);
    await followUp(id, 'Tanpa tenggat');
    await followUp(id, 'Paling awal', { dueDate: '2026-02-01', sessionId: s1 });
    await followUp(id, 'Berikutnya', { dueDate: '2026-04-01', innovationId: b });
    const done = await followUp(id, 'Selesai');
    await updateRecord('actionItems', done, { status: 'done', doneDate: TODAY });
    await followUp(id, 'Inovasi terhapus', { innovationId: gone });
    await followUp(other, 'Unit lain');

    const detail = await getUnitDetail(id);
    expect(detail?.unit.name).toBe('Dinas Sosial');
    expect(detail?.innovations.map((i) => i.innovation.name)).toEqual(['Antrean Daring', 'Bansos Tepat']);
    expect(detail?.innovations.every((i) => i.stages.length === 5)).toBe(true);
    expect(detail?.sessions.map((s) => s.id)).toEqual([s2, s1]);
    expect(detail?.openFollowUps.map((a) => a.text)).toEqual(['Paling awal', 'Berikutnya', 'Tanpa tenggat']);
  });
});
