import { showToast } from '../state/ui-store';

/**
 * Runs a delete command and offers "Undo" (its restore command) for a few seconds. `message` is
 * the translated "X dihapus." text. Resolves once the delete is committed.
 */
export async function deleteWithUndo<T>(
  message: string,
  remove: () => Promise<T>,
  restore: (removed: T) => Promise<void>,
): Promise<void> {
  const removed = await remove();
  showToast(message, () => restore(removed));
}
