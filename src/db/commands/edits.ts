/**
 * The edit verb of each table a form autosaves: the autosave hook looks its table up here
 * instead of writing generic patches itself.
 */
import type { FieldsOf } from '../../domain/tables';
import { editFollowUp } from './follow-ups';
import { editInnovation } from './innovations';
import { editSession } from './sessions';
import { editStage } from './stages';
import { editTarget } from './targets';
import { editUnit } from './units';

export type AutosaveTable =
  | 'units'
  | 'innovations'
  | 'stageProgress'
  | 'mentoringSessions'
  | 'actionItems'
  | 'targets';

export const EDIT_VERBS: {
  [T in AutosaveTable]: (id: string, fields: Partial<FieldsOf<T>>) => Promise<void>;
} = {
  units: editUnit,
  innovations: editInnovation,
  stageProgress: editStage,
  mentoringSessions: editSession,
  actionItems: editFollowUp,
  targets: editTarget,
};
