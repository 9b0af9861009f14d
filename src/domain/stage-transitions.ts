/**
 * How a 5D stage follows its checklist, and how the innovation's current stage follows its
 * stages. Pure: each function takes the stage as stored (and today's local date) and returns the
 * fields to write. A stage's status, dates and checklist are always returned together so the
 * command can send them as one patch (see `together` in db/mutations): whichever device's write
 * wins a merge wins all of them, and the status never contradicts the checklist.
 *
 * The rules:
 * - ticking an item of a stage not started starts it (in progress, start date today);
 * - ticking the last item does not finish the stage by itself: the board offers to
 *   (`offersCompletion`), and accepting marks it done with its end date;
 * - un-ticking an item of a done stage reopens it (in progress, end date cleared);
 * - "not started" is only possible while no item is ticked;
 * - the current stage moves forward to a stage that starts or past a stage that is done, and
 *   back to an earlier stage that is reopened.
 */
import type { IsoDate } from './record';
import type { ChecklistItem, StageProgressFields } from './stage-progress';
import { STAGES, type StageKey, type StageStatus, stageIndex } from './stages';

/** The fields a transition writes, always all four. */
export type StagePatch = Pick<StageProgressFields, 'status' | 'checklist' | 'startDate' | 'endDate'>;

type StageState = Pick<StageProgressFields, 'stage' | 'status' | 'checklist' | 'startDate' | 'endDate'>;

const hasTicks = (checklist: readonly ChecklistItem[]) => checklist.some((c) => c.done);

/** The stage with `status`, its dates made to fit: started stages have a start, done ones an end. */
function withStatus(
  stage: StageState,
  checklist: ChecklistItem[],
  status: StageStatus,
  today: IsoDate,
): StagePatch {
  if (status === 'notStarted') return { status, checklist, startDate: '', endDate: '' };
  const startDate = stage.startDate || today;
  if (status === 'inProgress') return { status, checklist, startDate, endDate: '' };
  // A start date typed into the future must not make the end date come before it.
  const endDate = stage.endDate || (startDate > today ? startDate : today);
  return { status, checklist, startDate, endDate };
}

/** Ticks (or un-ticks) one item; null when the item is not in the checklist. */
export function tickItem(
  stage: StageState,
  itemId: string,
  done: boolean,
  today: IsoDate,
): StagePatch | null {
  if (!stage.checklist.some((c) => c.id === itemId)) return null;
  const checklist = stage.checklist.map((c) =>
    c.id === itemId ? { ...c, done, doneDate: done ? c.doneDate || today : '' } : c,
  );
  let status = stage.status;
  if (done && status === 'notStarted') status = 'inProgress';
  if (!done && status === 'done') status = 'inProgress';
  return withStatus(stage, checklist, status, today);
}

/** Every item ticked and the stage not yet done: the board offers to mark it done. */
export function offersCompletion(stage: Pick<StageState, 'status' | 'checklist'>): boolean {
  return stage.status !== 'done' && stage.checklist.length > 0 && stage.checklist.every((c) => c.done);
}

/** Whether a person may set `status` by hand (not started only while nothing is ticked). */
export function canSetStatus(stage: Pick<StageState, 'checklist'>, status: StageStatus): boolean {
  return status !== 'notStarted' || !hasTicks(stage.checklist);
}

/** Sets the status by hand; null when the rule above refuses it. */
export function setStatus(stage: StageState, status: StageStatus, today: IsoDate): StagePatch | null {
  if (!canSetStatus(stage, status)) return null;
  return withStatus(stage, [...stage.checklist], status, today);
}

/** The stage after `stage`, or `stage` itself for the last one. */
export function nextStage(stage: StageKey): StageKey {
  return STAGES[Math.min(stageIndex(stage) + 1, STAGES.length - 1)] ?? stage;
}

/**
 * The innovation's current stage once `stage` went from `before` to `after`: a stage that
 * starts beyond the current one becomes current; a stage done at or beyond the current one
 * hands over to the next; a done stage reopened before the current one becomes current again.
 */
export function currentStageAfter(
  current: StageKey,
  stage: StageKey,
  before: StageStatus,
  after: StageStatus,
): StageKey {
  const at = stageIndex(stage);
  const now = stageIndex(current);
  if (after === 'done' && before !== 'done' && at >= now) return nextStage(stage);
  if (after === 'inProgress' && before === 'notStarted' && at > now) return stage;
  if (after !== 'done' && before === 'done' && at < now) return stage;
  return current;
}

/**
 * The invariant a merge must keep: a stage not started has nothing ticked. (Dates may be typed
 * by hand, so they are not part of it.)
 */
export function isConsistent(stage: Pick<StageState, 'status' | 'checklist'>): boolean {
  return stage.status !== 'notStarted' || !hasTicks(stage.checklist);
}
