import { describe, expect, it } from 'vitest';
import { createInnovation } from '../../src/db/commands/innovations';
import { createRecord, deleteRecord, updateRecord } from '../../src/db/mutations';
import { listInnovationRows } from '../../src/db/queries/innovation-list';
import { db } from '../../src/db/schema';
import { sortInnovationRows } from '../../src/domain/queries/innovation-list';
import { newUnitFields, type UnitFields } from '../../src/domain/unit';
import { completeProfile } from '../helpers/profiles';

const unit = (partial: Partial<UnitFields> & Pick<UnitFields, 'name' | 'kind'>) =>
  createRecord('units', newUnitFields(partial));

describe('listInnovationRows', () => {
  it('gives live innovations of live units with unit, stage and IID profile completeness', async () => {
    const dinkes = await unit({ name: 'Dinas Kesehatan', kind: 'opd' });
    const kel = await unit({ name: 'Kelurahan Melati', kind: 'kelurahan' });
    const goneUnit = await unit({ name: 'Dinas Dihapus', kind: 'opd' });
    const full = await createInnovation({ unitId: dinkes, name: 'Si Sehat' });
    await updateRecord('innovations', full, {
      currentStage: 'deliver',
      ...completeProfile,
    });
    const draft = await createInnovation({ unitId: kel, name: 'Posyandu Digital' });
    await updateRecord('innovations', draft, { jenis: 'digital', tujuan: 'Data balita rapi' });
    const deleted = await createInnovation({ unitId: dinkes, name: 'Terhapus' });
    await deleteRecord('innovations', deleted);
    await createInnovation({ unitId: goneUnit, name: 'Milik unit terhapus' });
    await deleteRecord('units', goneUnit);

    const rows = sortInnovationRows(await listInnovationRows(), 'name');
    expect(rows.map((r) => r.name)).toEqual(['Posyandu Digital', 'Si Sehat']);
    const [posyandu, sehat] = rows;
    expect(sehat).toMatchObject({
      id: full,
      unitId: dinkes,
      unitName: 'Dinas Kesehatan',
      unitKind: 'opd',
      stage: 'deliver',
      profileDone: 10,
      profileTotal: 10,
    });
    // Name, jenis and tujuan are filled in: 3 of the 10 checks that apply at no tahapan.
    expect(posyandu).toMatchObject({ unitName: 'Kelurahan Melati', stage: 'drumUp', profileDone: 3 });
    expect(posyandu?.profileTotal).toBe(10);
    const stored = await db.innovations.get(draft);
    expect(posyandu?.updatedAt).toBe(stored?.updatedAt);
    expect(posyandu?.version).toBe(0);
  });

  it('gives nothing on an empty device', async () => {
    expect(await listInnovationRows()).toEqual([]);
  });
});
