import type { BaseRecord, Editable } from './record';
import { checks, type FieldError, type Schema, validateFields } from './validation';

/** A year's target set by the coordinator (e.g. "at least 100 proposals", "1 instansi 1 inovasi"). */
export interface Target extends BaseRecord {
  year: number;
  proposalTarget: number;
  /** National policy "1 instansi 1 inovasi": every agency should have at least one innovation. */
  onePerAgency: boolean;
  notes: string;
}

export type TargetFields = Editable<Target>;

export const MAX_TARGET_NOTES = 5000;

export const targetSchema: Schema<TargetFields> = {
  year: (v) => (Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100 ? null : 'invalidYear'),
  proposalTarget: (v) =>
    Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000 ? null : 'invalidNumber',
  onePerAgency: checks.boolean(),
  notes: checks.optionalText(MAX_TARGET_NOTES),
};

export const validateTarget = (patch: Partial<TargetFields>): FieldError[] =>
  validateFields(targetSchema, patch);
