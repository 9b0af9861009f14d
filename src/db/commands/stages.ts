/**
 * The 5D board's verbs. Each reads the stage and its innovation and writes the stage's
 * checklist, status and dates (as one patch sent whole, `together`) and, when it moves, the
 * innovation's current stage, all in one transaction: the board never shows a stage ticked but
 * not started, or done while the innovation still sits on it. The rules are in
 * domain/stage-transitions.
 */
import { localToday } from '../../domain/dates';
import { uuidv7 } from '../../domain/ids';
import { defaultStageProgress, type StageProgressFields } from '../../domain/stage-progress';
import { currentStageAfter, type StagePatch, setStatus, tickItem } from '../../domain/stage-transitions';
import type { StageKey, StageStatus } from '../../domain/stages';
import { type Change, RecordNotFound, writeChanges, writeChangesAfterReading } from '../mutations';
import { db as defaultDb, type KlinikDb } from '../schema';

export class StageRuleRefused extends Error {
  constructor(readonly stageId: string) {
    super(`stageProgress/${stageId}: refused by the stage rules`);
    this.name = 'StageRuleRefused';
  }
}

/** Reads the stage, applies `transition`, writes it with the innovation's current stage. */
function transition(
  stageId: string,
  step: (stage: StageProgressFields, today: string) => StagePatch | null,
  database: KlinikDb,
): Promise<string[]> {
  return writeChangesAfterReading(
    ['stageProgress', 'innovations'],
    async () => {
      const stage = await database.stageProgress.get(stageId);
      if (!stage) throw new RecordNotFound('stageProgress', stageId);
      const patch = step(stage, localToday(database.clock()));
      if (!patch) throw new StageRuleRefused(stageId);
      const changes: Change[] = [
        { table: 'stageProgress', op: 'patch', id: stageId, fields: patch, together: true },
      ];
      const innovation = await database.innovations.get(stage.innovationId);
      if (innovation && !innovation.deleted) {
        const current = currentStageAfter(innovation.currentStage, stage.stage, stage.status, patch.status);
        if (current !== innovation.currentStage) {
          changes.push({
            table: 'innovations',
            op: 'patch',
            id: innovation.id,
            fields: { currentStage: current },
          });
        }
      }
      return changes;
    },
    database,
  );
}

/** Ticks or un-ticks one checklist item; the stage starts or reopens as the rules say. */
export async function tickChecklistItem(
  stageId: string,
  itemId: string,
  done: boolean,
  database: KlinikDb = defaultDb,
): Promise<void> {
  await transition(stageId, (s, today) => tickItem(s, itemId, done, today), database);
}

/**
 * Sets the stage's status by hand, or accepts the board's "mark done" offer (`'done'`): dates
 * follow, and the innovation's current stage moves on or back. Throws `StageRuleRefused` for
 * "not started" while items are ticked.
 */
export async function setStageStatus(
  stageId: string,
  status: StageStatus,
  database: KlinikDb = defaultDb,
): Promise<void> {
  await transition(stageId, (s, today) => setStatus(s, status, today), database);
}

/** What the stage card autosaves: dates, notes, and the checklist's items added, renamed or removed. */
export type StageEdit = Partial<Pick<StageProgressFields, 'startDate' | 'endDate' | 'notes' | 'checklist'>>;

/**
 * A changed checklist is sent with the stage's status and dates as they are stored, so a rename
 * that wins a merge cannot pair its ticks with another device's "not started".
 */
export async function editStage(
  id: string,
  fields: StageEdit,
  database: KlinikDb = defaultDb,
): Promise<void> {
  if (!fields.checklist) {
    await writeChanges([{ table: 'stageProgress', op: 'patch', id, fields }], database);
    return;
  }
  await writeChangesAfterReading(
    ['stageProgress'],
    async () => {
      const stage = await database.stageProgress.get(id);
      if (!stage) throw new RecordNotFound('stageProgress', id);
      const { status, startDate, endDate } = stage;
      const patch = { status, startDate, endDate, ...fields };
      return [{ table: 'stageProgress', op: 'patch', id, fields: patch, together: true }];
    },
    database,
  );
}

/** A stage row missing from old or partially synced data, created with its default checklist. */
export async function addMissingStage(
  innovationId: string,
  stage: StageKey,
  database?: KlinikDb,
): Promise<string> {
  const [id] = await writeChanges(
    [{ table: 'stageProgress', op: 'create', fields: defaultStageProgress(innovationId, stage, uuidv7) }],
    database,
  );
  return id as string;
}
