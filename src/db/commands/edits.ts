/**
 * The edit verb of each table a form autosaves: the autosave hook looks its table up here
 * instead of writing generic patches itself.
 */
import type { FieldsOf } from '../../domain/tables';
import { editClinicIdentity } from './clinic-identity';
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
  | 'targets'
  | 'clinicIdentities';

export const EDIT_VERBS: {
  [T in AutosaveTable]: (id: string, fields: Partial<FieldsOf<T>>) => Promise<void>;
} = {
  units: editUnit,
  innovations: editInnovation,
  stageProgress: editStage,
  mentoringSessions: editSession,
  actionItems: editFollowUp,
  targets: editTarget,
  // One row under a fixed id: the verb creates it on the first edit.
  clinicIdentities: (_id, fields) => editClinicIdentity(fields),
};
