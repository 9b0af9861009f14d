/**
 * Read side of the follow-ups screen: whole tables read once, then the pure functions of
 * domain/queries/follow-ups (which follow-ups show, their order and filters).
 */
import { type FollowUpRow, followUpRows } from '../../domain/queries/follow-ups';
import { db as defaultDb, type KlinikDb } from '../schema';
import { readTables } from './read';

export async function listFollowUps(database: KlinikDb = defaultDb): Promise<FollowUpRow[]> {
  const t = await readTables(database, ['actionItems', 'units', 'innovations', 'mentoringSessions']);
  return followUpRows(t.actionItems, t.units, t.innovations, t.mentoringSessions);
}
