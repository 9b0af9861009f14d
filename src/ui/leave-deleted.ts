/** Kept out of ui-store (the first screen's code): only the pages that delete a record use it. */
import { openedFrom, useUi } from '../state/ui-store';

/**
 * Leaves the page of a record just deleted (id `goneId`): back where the person came from, unless
 * that was a page of the same record (its board, its minutes); else (and always without `goneId`:
 * a unit, whose sessions and innovations go with it) to `parent`, in place of the deleted page's
 * history entry, so that no "← Kembali" returns to it.
 */
export function leaveDeleted(parent: string, goneId?: string): void {
  const from = openedFrom();
  if (goneId !== undefined && from !== null && !from.includes(goneId)) {
    history.back();
    return;
  }
  globalThis.history?.replaceState(null, '', parent);
  useUi.setState({ path: parent });
  globalThis.scrollTo?.(0, 0);
}
