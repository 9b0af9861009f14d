/** Units: create, edit, delete and restore. */
import type { UnitFields } from '../../domain/unit';
import { writeChanges } from '../mutations';
import type { KlinikDb } from '../schema';

export async function createUnit(fields: UnitFields, database?: KlinikDb): Promise<string> {
  const [id] = await writeChanges([{ table: 'units', op: 'create', fields }], database);
  return id as string;
}

export async function editUnit(id: string, fields: Partial<UnitFields>, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'units', op: 'patch', id, fields }], database);
}

/** Soft delete: the row stays as a tombstone, so the delete can be undone and synced. */
export async function deleteUnit(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'units', op: 'delete', id }], database);
}

export async function restoreUnit(id: string, database?: KlinikDb): Promise<void> {
  await writeChanges([{ table: 'units', op: 'restore', id }], database);
}
