/**
 * Completing and reopening a follow-up: the status and its date always change together (a done
 * follow-up carries the day it was done, an open one none).
 */
import type { ActionItemFields } from './action-item';
import type { IsoDate } from './record';

export type FollowUpStatusPatch = Pick<ActionItemFields, 'status' | 'doneDate'>;

export function completed(today: IsoDate): FollowUpStatusPatch {
  return { status: 'done', doneDate: today };
}

export function reopened(): FollowUpStatusPatch {
  return { status: 'open', doneDate: '' };
}

/**
 * When a session moves to another unit its follow-ups move with it; their innovation link is
 * cleared because it pointed at the old unit's innovation. Returns the patch, or null when the
 * follow-up is already there.
 */
export function movedToUnit(
  item: Pick<ActionItemFields, 'unitId'>,
  unitId: string,
): Pick<ActionItemFields, 'unitId' | 'innovationId'> | null {
  return item.unitId === unitId ? null : { unitId, innovationId: '' };
}
