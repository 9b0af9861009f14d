import { uuidv7 } from '../domain/ids';
import { type InnovationFields, newInnovationFields } from '../domain/innovation';
import { defaultStageProgress } from '../domain/stage-progress';
import { STAGES } from '../domain/stages';
import { type Change, writeChanges } from './mutations';
import type { KlinikDb } from './schema';

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
