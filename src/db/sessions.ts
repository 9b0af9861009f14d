import { localToday } from '../domain/dates';
import { newSessionFields } from '../domain/session';
import { createRecord } from './mutations';
import type { KlinikDb } from './schema';

/**
 * Starts a mentoring session for a unit, dated today, with the current user as facilitator.
 * The record exists from the first tap so autosave has somewhere to write every keystroke.
 */
export function createSession(unitId: string, myName: string, database?: KlinikDb): Promise<string> {
  return createRecord(
    'mentoringSessions',
    newSessionFields({ unitId, date: localToday(), facilitators: myName.trim() ? [myName.trim()] : [] }),
    database,
  );
}
