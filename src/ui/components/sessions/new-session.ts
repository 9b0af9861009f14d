/**
 * "Sesi baru" opens the session page on a new id with `?new=<unit>`: the form is held in memory
 * until its first real edit writes the session (startSession), so a mistaken tap leaves nothing
 * to sync. Its facilitator starts as the logged-in account's full name, so one person's sessions
 * carry one spelling ("Sesi per fasilitator" split typed variants); it stays editable.
 */
import { uuidv7 } from '../../../domain/ids';
import type { PublicUser } from '../../../protocol/protocol';
import { useSync } from '../../../state/sync-status';
import { useUi } from '../../../state/ui-store';
import { paths, queryParam } from '../../router';

const PARAM = 'new';

export function newSessionPath(unitId: string): string {
  return `${paths.session(uuidv7())}?${PARAM}=${encodeURIComponent(unitId)}`;
}

/** The unit a new session is for, when `path` is a new session's; else ''. */
export function newSessionUnit(path: string): string {
  return queryParam(path, PARAM) ?? '';
}

/** The account's full name when it has one, else "Nama saya" from Settings (or ''). */
export function facilitatorName(user: PublicUser | null | 'none', myName: string): string {
  const account = user && user !== 'none' ? (user.fullName ?? '').trim() : '';
  return account || myName.trim();
}

/** `facilitatorName` of whoever is logged in on this device. */
export function useFacilitatorName(): string {
  const myName = useUi((s) => s.myName);
  const user = useSync((s) => s.user);
  return facilitatorName(user, myName);
}
