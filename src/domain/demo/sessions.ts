import { type ActionItemFields, newActionItemFields } from '../action-item';
import { type Attendee, newSessionFields, type SessionFields } from '../session';
import type { StageKey } from '../stages';
import type { DemoInnovation } from './innovations';
import { DEMO_FACILITATORS, type DemoPerson, demoCommunityMember } from './people';
import { addDays, type Rng } from './random';
import { ATTENDEE_ROLES, PLACES, SESSION_NOTES } from './session-texts';

export interface DemoUnitContext {
  unitId: string;
  unitName: string;
  staff: readonly DemoPerson[];
  innovations: readonly DemoInnovation[];
}

export interface DemoSessions {
  sessions: { id: string; fields: SessionFields }[];
  actionItems: { id: string; fields: ActionItemFields }[];
}

export const DEMO_SESSION_COUNT = 18;
const FOLLOW_UPS_PER_SESSION = 2;

/**
 * Office-hours start times (pukul), picked by the session's index rather than the random source so
 * the rest of the demo stays the same; every seventh session has none, as a time is optional.
 */
const SESSION_TIMES = ['09:00', '13:30', '08:30', '10:00', '14:00', '09:30'] as const;
function sessionTime(s: number): string {
  return s % 7 === 6 ? '' : (SESSION_TIMES[s % SESSION_TIMES.length] ?? '');
}

/** The 5D stage the innovation was in on `date`, read from its stage rows' start dates. */
function stageOn(innovation: DemoInnovation, date: string): StageKey {
  let stage: StageKey = 'drumUp';
  for (const row of innovation.stages) {
    if (row.fields.startDate && row.fields.startDate <= date) stage = row.fields.stage;
  }
  return stage;
}

function attendees(rng: Rng, unit: DemoUnitContext, newId: () => string): Attendee[] {
  const count = rng.int(2, 6);
  const people = rng.sample(unit.staff, count);
  while (people.length < count) people.push(demoCommunityMember(rng));
  return people.map((person, i) => ({
    id: newId(),
    name: person.name,
    nip: person.nip,
    position: person.position,
    role: i === 0 ? 'Ketua tim inovasi' : person.nip ? rng.pick(ATTENDEE_ROLES.slice(1)) : 'Peserta',
  }));
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * Mentoring sessions spread over the past months (newest first, about every nine days), each
 * with two follow-ups. Follow-ups due after `today` stay open; of those already due most are
 * done and every third is left open, so some are overdue.
 */
export function demoSessions(
  units: readonly DemoUnitContext[],
  today: string,
  rng: Rng,
  newId: () => string,
  count = DEMO_SESSION_COUNT,
): DemoSessions {
  const result: DemoSessions = { sessions: [], actionItems: [] };
  const withInnovations = units.filter((u) => u.innovations.length > 0);
  if (withInnovations.length === 0) return result;
  // About every nine days; a larger city (the benchmark's) packs its sessions into two years.
  const step = Math.min(9, 730 / count);
  for (let s = 0; s < count; s++) {
    const unit = withInnovations[s % withInnovations.length] as DemoUnitContext;
    const date = addDays(today, -(4 + Math.floor(s * step) + rng.int(0, 4)));
    const focus = rng.sample(unit.innovations, rng.next() < 0.3 ? 2 : 1);
    const first = focus[0] as DemoInnovation;
    const stage = stageOn(first, date);
    const notes = SESSION_NOTES[stage];
    const people = attendees(rng, unit, newId);
    const facilitator = DEMO_FACILITATORS[s % DEMO_FACILITATORS.length] as string;
    const sessionId = newId();
    result.sessions.push({
      id: sessionId,
      fields: newSessionFields({
        unitId: unit.unitId,
        date,
        time: sessionTime(s),
        place: `${rng.pick(PLACES)} ${unit.unitName}`,
        facilitators: s % 3 === 0 ? [facilitator, DEMO_FACILITATORS[0]] : [facilitator],
        innovationIds: focus.map((i) => i.id),
        stageFocus: stage,
        attendees: people,
        agenda: rng
          .sample(notes.agenda, rng.int(2, notes.agenda.length))
          .map((line, i) => `${i + 1}. ${line}`)
          .join('\n'),
        findings: bullets(rng.sample(notes.findings, 2)),
        recommendations: bullets(rng.sample(notes.recommendations, 2)),
        nextVisitDate: addDays(date, 21),
      }),
    });
    const texts = rng.sample(notes.followUps, FOLLOW_UPS_PER_SESSION);
    texts.forEach((text, j) => {
      const dueDate = addDays(date, 10 + j * 10);
      const done = dueDate < today && (s + j) % 3 !== 0;
      const fields: ActionItemFields = newActionItemFields({
        unitId: unit.unitId,
        text,
        owner: people[j % people.length]?.name ?? '',
        dueDate,
        sessionId,
        innovationId: j === 1 && s % 4 === 0 ? '' : first.id,
        status: done ? 'done' : 'open',
        doneDate: done ? addDays(date, 5 + j * 5) : '',
      });
      result.actionItems.push({ id: newId(), fields });
    });
  }
  return result;
}
