/** Innovations: create (with its five 5D stages), edit, delete, restore, move the current stage. */
import { uuidv7 } from '../../domain/ids';
import { type InnovationFields, newInnovationFields } from '../../domain/innovation';
import { defaultStageProgress } from '../../domain/stage-progress';
import { STAGES, type StageKey } from '../../domain/stages';
import { type Change, writeChanges } from '../mutations';
import type { KlinikDb } from '../schema';

/**
 * A new innovation comes with its five 5D stage-progress rows (default checklists), written in
 * the same transaction so the board never shows an innovation without its stages.
 */
export async function createInnovation(
  partial: Partial<InnovationFields> & Pick<InnovationFields, 'unitId' | 'name'>,
  database?: KlinikDb,
): Promise<string> {
  const id = uuidv7();
  const changes: Change[] = [
    { table: 'innovations', op: 'create', id, fields: newInnovationFields(partial) },
    ...STAGES.map(
      (stage): Change => ({
        table: 'stageProgress',
        op: 'create',
        fields: defaultStageProgress(id, stage, uuidv7),
      }),
    ),
  ];
  await writeChanges(changes, database);
  return id;
}

export async function editInnovation(
  id: string,
  fields: Partial<InnovationFields>,
  database?: KlinikDb,
): Promise<void> {
  await writeChanges([{ table: 'innovations', op: 'patch', id, fields }], database);
}

export async function deleteInnovation(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'innovations', op: 'delete', id }], database);
}

export async function restoreInnovation(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'innovations', op: 'restore', id }], database);
}

/** "Make this the current stage", chosen by hand on the board. */
export async function setCurrentStage(id: string, stage: StageKey, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'innovations', op: 'patch', id, fields: { currentStage: stage } }], database);
}
