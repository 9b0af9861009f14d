/**
 * "Sesi baru" opens the session page on a new id with `?new=<unit>`: the form is held in memory
 * until its first real edit writes the session (startSession), so a mistaken tap leaves nothing
 * to sync.
 */
import { uuidv7 } from '../../../domain/ids';
import { paths, queryParam } from '../../router';

const PARAM = 'new';

export function newSessionPath(unitId: string): string {
  return `${paths.session(uuidv7())}?${PARAM}=${encodeURIComponent(unitId)}`;
}

/** The unit a new session is for, when `path` is a new session's; else ''. */
export function newSessionUnit(path: string): string {
  return queryParam(path, PARAM) ?? '';
}
