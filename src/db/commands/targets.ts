/** The year's targets. */
import type { TargetFields } from '../../domain/target';
import { writeChanges } from '../mutations';
import type { KlinikDb } from '../schema';

/** Creates the year's target (the first valid edit of the targets form). */
export async function setTarget(fields: TargetFields, database?: KlinikDb): Promise<string> {
  const [id] = await writeChanges([{ table: 'targets', op: 'create', fields }], database);
  return id as string;
}

export async function editTarget(
  id: string,
  fields: Partial<TargetFields>,
  database?: KlinikDb,
): Promise<void> {
  await writeChanges([{ table: 'targets', op: 'patch', id, fields }], database);
}
