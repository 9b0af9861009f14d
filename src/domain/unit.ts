import type { BaseRecord, Editable } from './record';
import { UNIT_KINDS, type UnitKind } from './unit-kinds';
import { checks, type FieldError, type Schema, validateComplete, validateFields } from './validation';

export { UNIT_KINDS, type UnitKind };
export type UnitGroup = 1 | 2;

export interface Unit extends BaseRecord {
  name: string;
  kind: UnitKind;
  /** Competition group: 1 = Perangkat Daerah, Kecamatan, BUMD; 2 = UPT Dinas, UPT Puskesmas, Kelurahan. */
  group: UnitGroup;
  parentAgency: string;
  contactPerson: string;
  contactPhone: string;
}

export type UnitFields = Editable<Unit>;

export function defaultGroup(kind: UnitKind): UnitGroup {
  return kind === 'opd' || kind === 'kecamatan' || kind === 'bumd' ? 1 : 2;
}

export const unitSchema: Schema<UnitFields> = {
  name: checks.requiredText(),
  kind: checks.choice(UNIT_KINDS, false),
  group: checks.choice([1, 2], false),
  parentAgency: checks.optionalText(),
  contactPerson: checks.optionalText(),
  contactPhone: (v) =>
    typeof v === 'string' && /^[0-9+()\-\s]{0,30}$/.test(v) ? null : ('invalidNumber' as const),
};

export function newUnitFields(partial: Partial<UnitFields> & Pick<UnitFields, 'name' | 'kind'>): UnitFields {
  return {
    group: defaultGroup(partial.kind),
    parentAgency: '',
    contactPerson: '',
    contactPhone: '',
    ...partial,
  };
}

export const validateUnit = (f: Partial<UnitFields>): FieldError[] => validateFields(unitSchema, f);
export const validateNewUnit = (f: UnitFields): FieldError[] => validateComplete(unitSchema, f);
