import { type ActionItem, newActionItemFields, validateActionItem } from './action-item';
import { type Conflict, validateConflict } from './conflict';
import { type Innovation, newInnovationFields, validateInnovation } from './innovation';
import type { Editable } from './record';
import { type MentoringSession, newSessionFields, validateSession } from './session';
import { defaultStageProgress, type StageProgress, validateStageProgress } from './stage-progress';
import type { TableName } from './table-names';
import { type Target, validateTarget } from './target';
import { newUnitFields, type Unit, validateUnit } from './unit';
import type { FieldError } from './validation';

/** The synced tables by their storage (and wire) name. */
export interface TableRecords {
  units: Unit;
  innovations: Innovation;
  stageProgress: StageProgress;
  mentoringSessions: MentoringSession;
  actionItems: ActionItem;
  targets: Target;
  conflicts: Conflict;
}
export type { TableName };
export type RecordOf<T extends TableName> = TableRecords[T];
export type FieldsOf<T extends TableName> = Editable<TableRecords[T]>;

export { isTableName, TABLES } from './table-names';

type Validator<T extends TableName> = (patch: Partial<FieldsOf<T>>, current?: FieldsOf<T>) => FieldError[];

export const VALIDATORS: { [T in TableName]: Validator<T> } = {
  units: (p) => validateUnit(p),
  innovations: validateInnovation,
  stageProgress: validateStageProgress,
  mentoringSessions: validateSession,
  actionItems: (p) => validateActionItem(p),
  targets: (p) => validateTarget(p),
  conflicts: (p) => validateConflict(p),
};

/** The editable field names of each table: a create must carry all of them. */
export const FIELD_NAMES: { [T in TableName]: readonly string[] } = {
  units: Object.keys(newUnitFields({ name: '', kind: 'opd' })),
  innovations: Object.keys(newInnovationFields({ unitId: '', name: '' })),
  stageProgress: Object.keys(defaultStageProgress('', 'drumUp', () => '')),
  mentoringSessions: Object.keys(newSessionFields({ unitId: '', date: '' })),
  actionItems: Object.keys(newActionItemFields({ unitId: '', text: '' })),
  targets: ['year', 'proposalTarget', 'onePerAgency', 'notes'],
  // Conflicts are created by the server only; clients never send a create.
  conflicts: [
    'table',
    'recordId',
    'unitId',
    'kind',
    'field',
    'winningValue',
    'losingValue',
    'losingClientId',
    'losingHlc',
    'resolved',
  ],
};
