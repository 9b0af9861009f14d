import { describe, expect, it } from 'vitest';
import {
  filterInnovationRows,
  type InnovationListFilter,
  type InnovationListRow,
  isFilteringInnovations,
  NO_INNOVATION_FILTER,
  sortInnovationRows,
  unitChoices,
} from '../../../src/domain/queries/innovation-list';

/** A list row as the query would build it; only what a test cares about is given. */
function row(partial: Partial<InnovationListRow> & Pick<InnovationListRow, 'id' | 'name' | 'unitName'>) {
  const r: InnovationListRow = {
    unitId: `unit-${partial.unitName}`,
    unitKind: 'opd',
    stage: 'drumUp',
    profileDone: 0,
    profileTotal: 10,
    updatedAt: '2026-03-01T08:00:00.000Z',
    version: 0,
    haystack: '',
    ...partial,
  };
  return { ...r, haystack: `${r.name.toLocaleLowerCase('id')}\n${r.unitName.toLocaleLowerCase('id')}` };
}

describe('filterInnovationRows', () => {
  const rows = [
    row({ id: 'a', name: 'Si Sehat', unitName: 'Dinas Kesehatan', stage: 'deliver', profileDone: 10 }),
    row({
      id: 'b',
      name: 'Posyandu Digital',
      unitName: 'UPT Puskesmas Cempaka',
      unitKind: 'uptPuskesmas',
      stage: 'design',
    }),
    row({ id: 'c', name: 'Sekolah Sehat', unitName: 'Kelurahan Melati', unitKind: 'kelurahan' }),
    row({
      id: 'd',
      name: 'Antrean Daring',
      unitName: 'Dinas Kesehatan',
      stage: 'design',
      profileDone: 11,
      profileTotal: 11,
    }),
  ];
  const ids = (f: Partial<InnovationListFilter>) =>
    filterInnovationRows(rows, { ...NO_INNOVATION_FILTER, ...f }).map((r) => r.id);

  it('searches the innovation and unit names ignoring case and surrounding spaces', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ search: '  SEHAT ' })).toEqual(['a', 'c', 'd']); // d: Dinas Ke*sehat*an
    expect(ids({ search: 'kesehatan' })).toEqual(['a', 'd']);
    expect(ids({ search: 'cempaka' })).toEqual(['b']);
    // The separator between the two names never makes a match across them.
    expect(ids({ search: 'sehat dinas' })).toEqual([]);
  });

  it('filters by 5D stage, unit kind, unit and profile completeness, combined with search', () => {
    expect(ids({ stage: 'design' })).toEqual(['b', 'd']);
    expect(ids({ kind: 'opd' })).toEqual(['a', 'd']);
    expect(ids({ unitId: 'unit-Kelurahan Melati' })).toEqual(['c']);
    expect(ids({ profile: 'complete' })).toEqual(['a', 'd']);
    expect(ids({ profile: 'incomplete' })).toEqual(['b', 'c']);
    expect(ids({ stage: 'design', kind: 'opd' })).toEqual(['d']);
    expect(ids({ search: 'daring', stage: 'deliver' })).toEqual([]);
  });

  it('knows when a filter is on', () => {
    expect(isFilteringInnovations(NO_INNOVATION_FILTER)).toBe(false);
    expect(isFilteringInnovations({ ...NO_INNOVATION_FILTER, search: '   ' })).toBe(false);
    expect(isFilteringInnovations({ ...NO_INNOVATION_FILTER, search: 'x' })).toBe(true);
    expect(isFilteringInnovations({ ...NO_INNOVATION_FILTER, profile: 'complete' })).toBe(true);
  });
});

describe('sortInnovationRows', () => {
  const rows = [
    row({ id: '1', name: 'Inovasi 10', unitName: 'Kecamatan Barat', updatedAt: '2026-01-02T00:00:00.000Z' }),
    row({ id: '2', name: 'inovasi 9', unitName: 'Badan Pendapatan', updatedAt: '2026-03-01T00:00:00.000Z' }),
    row({ id: '3', name: 'Antrean', unitName: 'Kecamatan Barat', updatedAt: '2026-02-01T00:00:00.000Z' }),
  ];
  const order = (sort: 'name' | 'unit' | 'updated') => sortInnovationRows(rows, sort).map((r) => r.id);

  it('sorts by name (numbers in order, case ignored), by unit then name, or newest change first', () => {
    expect(order('name')).toEqual(['3', '2', '1']);
    expect(order('unit')).toEqual(['2', '3', '1']);
    expect(order('updated')).toEqual(['2', '3', '1']);
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3']); // the input is left as it was
  });
});

describe('unitChoices', () => {
  const rows = [
    row({ id: 'a', name: 'A', unitName: 'Dinas Sosial' }),
    row({ id: 'b', name: 'B', unitName: 'Dinas Kesehatan' }),
    row({ id: 'c', name: 'C', unitName: 'Dinas Kesehatan' }),
    row({ id: 'd', name: 'D', unitName: 'Kelurahan Melati', unitKind: 'kelurahan' }),
  ];

  it('lists each unit with innovations once, by name, narrowed by kind but keeping the chosen unit', () => {
    const names = (f: Partial<InnovationListFilter>) =>
      unitChoices(rows, { ...NO_INNOVATION_FILTER, ...f }).map((u) => u.name);
    expect(names({})).toEqual(['Dinas Kesehatan', 'Dinas Sosial', 'Kelurahan Melati']);
    expect(names({ kind: 'kelurahan' })).toEqual(['Kelurahan Melati']);
    expect(names({ kind: 'kelurahan', unitId: 'unit-Dinas Sosial' })).toEqual([
      'Dinas Sosial',
      'Kelurahan Melati',
    ]);
  });
});
