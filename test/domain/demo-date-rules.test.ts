/**
 * The demo city obeys issue 13's rules, or loading it would write follow-ups the server refuses
 * and innovations whose profile is flagged: follow-ups fall due on or after their session, next
 * visits come after their session, implementation never precedes trial, attendees are complete.
 */
import { describe, expect, it } from 'vitest';
import { dueBeforeSession } from '../../src/domain/action-item';
import { generateDemoData } from '../../src/domain/demo';
import { type InnovationFields, implementationBeforeTrial } from '../../src/domain/innovation';
import { type MentoringSession, nextVisitBeforeSession, validateAttendee } from '../../src/domain/session';

describe('demo data and the date and attendee rules', () => {
  let n = 0;
  const data = generateDemoData({ today: '2026-12-08', newId: () => `id-${++n}` });
  const sessions = new Map(
    data.mentoringSessions.map((s) => [s.id, s.fields as unknown as MentoringSession]),
  );

  it('has no follow-up due before its session and no next visit before its session', () => {
    const early = data.actionItems.filter((a) => {
      const s = a.fields.sessionId ? sessions.get(a.fields.sessionId) : undefined;
      return s !== undefined && dueBeforeSession(a.fields.dueDate, s.date);
    });
    expect(data.actionItems.filter((a) => sessions.has(a.fields.sessionId)).length).toBeGreaterThan(10);
    expect(early).toEqual([]);
    expect([...sessions.values()].filter((s) => nextVisitBeforeSession(s))).toEqual([]);
  });

  it('has no implementation before trial and no incomplete attendee', () => {
    expect(data.innovations.filter((i) => implementationBeforeTrial(i.fields as InnovationFields))).toEqual(
      [],
    );
    const bad = [...sessions.values()].flatMap((s) =>
      s.attendees.filter((a) => validateAttendee(a).length > 0),
    );
    expect(bad).toEqual([]);
  });
});
