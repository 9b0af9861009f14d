import type { UnitGroup } from '../../../domain/unit';
import { UNIT_KINDS, type UnitKind } from '../../../domain/unit-kinds';
import type { ErrorCode, FieldError } from '../../../domain/validation';
import type { MessageKey, Params } from '../../../i18n';
import type { Option } from '../fields';

export type Translate = (key: MessageKey, params?: Params) => string;

export const kindOptions = (t: Translate): Option[] =>
  UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));

export const groupOptions = (t: Translate): Option[] => [
  { value: '1', label: t('group.1') },
  { value: '2', label: t('group.2') },
];

export function asKind(value: string): UnitKind | undefined {
  return UNIT_KINDS.find((k) => k === value);
}

export function asGroup(value: string): UnitGroup | undefined {
  return value === '1' ? 1 : value === '2' ? 2 : undefined;
}

/** Field errors from a validator, first code per field, for the form controls. */
export function errorMap(errors: readonly FieldError[]): Record<string, ErrorCode> {
  const map: Record<string, ErrorCode> = {};
  for (const e of errors) if (!(e.field in map)) map[e.field] = e.code;
  return map;
}
