import type { BaseRecord, Editable, IsoDate } from './record';
import { DEFAULT_CHECKLISTS, STAGE_STATUSES, STAGES, type StageKey, type StageStatus } from './stages';
import {
  type Check,
  checks,
  type FieldError,
  rowChecks,
  rowOf,
  type Schema,
  validateFields,
} from './validation';

export interface ChecklistItem {
  id: string;
  label: string;
  done: boolean;
  /** When the item was ticked, '' while open. */
  doneDate: IsoDate;
}

/** One innovation's progress in one 5D stage. Five of these exist per innovation. */
export interface StageProgress extends BaseRecord {
  innovationId: string;
  stage: StageKey;
  status: StageStatus;
  checklist: ChecklistItem[];
  startDate: IsoDate;
  endDate: IsoDate;
  notes: string;
}

export type StageProgressFields = Editable<StageProgress>;

export function defaultStageProgress(
  innovationId: string,
  stage: StageKey,
  newId: () => string,
): StageProgressFields {
  return {
    innovationId,
    stage,
    status: 'notStarted',
    checklist: DEFAULT_CHECKLISTS[stage].map((label) => ({ id: newId(), label, done: false, doneDate: '' })),
    startDate: '',
    endDate: '',
    notes: '',
  };
}

/** Longest checklist item label, and the most items one stage lists. */
export const MAX_CHECKLIST_LABEL = 300;
export const MAX_CHECKLIST_ITEMS = 50;
export const MAX_STAGE_NOTES = 20_000;

/** A checklist row, exactly: the keys of `ChecklistItem`, nothing else. */
const checklistRow = rowOf({
  id: rowChecks.id,
  label: rowChecks.text(MAX_CHECKLIST_LABEL),
  done: rowChecks.boolean,
  doneDate: (v) => (checks.date()(v) ? 'invalidList' : null),
} satisfies Record<keyof ChecklistItem, Check>);

export const stageProgressSchema: Schema<StageProgressFields> = {
  innovationId: checks.id(),
  stage: checks.choice(STAGES, false),
  status: checks.choice(STAGE_STATUSES, false),
  checklist: checks.rows(checklistRow, MAX_CHECKLIST_ITEMS),
  startDate: checks.date(),
  endDate: checks.date(),
  notes: checks.optionalText(MAX_STAGE_NOTES),
};

export function validateStageProgress(
  patch: Partial<StageProgressFields>,
  current?: StageProgressFields,
): FieldError[] {
  const errors = validateFields(stageProgressSchema, patch);
  const merged = { ...current, ...patch };
  if (
    merged.startDate &&
    merged.endDate &&
    merged.endDate < merged.startDate &&
    ('startDate' in patch || 'endDate' in patch) &&
    errors.length === 0
  ) {
    errors.push({ field: 'endDate' in patch ? 'endDate' : 'startDate', code: 'dateOrder' });
  }
  return errors;
}

/** Share of checklist items done across the five stages, 0..1; a stage marked done counts whole. */
export function overallProgress(stages: readonly StageProgressFields[]): number {
  if (stages.length === 0) return 0;
  let sum = 0;
  for (const s of stages) {
    if (s.status === 'done') sum += 1;
    else if (s.checklist.length > 0) sum += s.checklist.filter((c) => c.done).length / s.checklist.length;
  }
  return sum / STAGES.length;
}
