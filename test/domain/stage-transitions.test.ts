import { describe, expect, it } from 'vitest';
import { defaultStageProgress, type StageProgressFields } from '../../src/domain/stage-progress';
import {
  canSetStatus,
  currentStageAfter,
  isConsistent,
  nextStage,
  offersCompletion,
  setStatus,
  tickItem,
} from '../../src/domain/stage-transitions';

const TODAY = '2026-03-10';
let n = 0;
const stage = (more: Partial<StageProgressFields> = {}): StageProgressFields => ({
  ...defaultStageProgress('inv', 'drumUp', () => `item-${++n}`),
  ...more,
});
const ids = (s: StageProgressFields) => s.checklist.map((c) => c.id);
const tickAll = (s: StageProgressFields) => ({
  ...s,
  checklist: s.checklist.map((c) => ({ ...c, done: true, doneDate: TODAY })),
});

describe('5D stage transitions', () => {
  it('the first tick starts a stage not started, dated today', () => {
    const s = stage();
    const patch = tickItem(s, ids(s)[0] ?? '', true, TODAY);
    expect(patch).toMatchObject({ status: 'inProgress', startDate: TODAY, endDate: '' });
    expect(patch?.checklist[0]).toMatchObject({ done: true, doneDate: TODAY });
    expect(patch?.checklist.slice(1).every((c) => !c.done)).toBe(true);
  });

  it('keeps a start date typed earlier', () => {
    const s = stage({ status: 'inProgress', startDate: '2026-01-02' });
    expect(tickItem(s, ids(s)[1] ?? '', true, TODAY)?.startDate).toBe('2026-01-02');
  });

  it('offers completion only when every item is ticked and the stage is not done', () => {
    const s = stage({ status: 'inProgress', startDate: TODAY });
    expect(offersCompletion(s)).toBe(false);
    expect(offersCompletion(tickAll(s))).toBe(true);
    expect(offersCompletion({ ...tickAll(s), status: 'done' })).toBe(false);
    expect(offersCompletion({ ...s, checklist: [] })).toBe(false);
  });

  it('un-ticking an item of a done stage reopens it and clears its end date', () => {
    const s = { ...tickAll(stage()), status: 'done' as const, startDate: '2026-03-01', endDate: TODAY };
    const patch = tickItem(s, ids(s)[2] ?? '', false, TODAY);
    expect(patch).toMatchObject({ status: 'inProgress', startDate: '2026-03-01', endDate: '' });
    expect(patch?.checklist[2]).toMatchObject({ done: false, doneDate: '' });
  });

  it('marking done sets the end date (never before a start typed into the future)', () => {
    expect(setStatus(stage({ status: 'inProgress', startDate: '2026-03-01' }), 'done', TODAY)).toMatchObject({
      status: 'done',
      startDate: '2026-03-01',
      endDate: TODAY,
    });
    expect(setStatus(stage(), 'done', TODAY)).toMatchObject({ startDate: TODAY, endDate: TODAY });
    expect(setStatus(stage({ startDate: '2026-04-01' }), 'done', TODAY)?.endDate).toBe('2026-04-01');
  });

  it('refuses "not started" while an item is ticked', () => {
    const s = stage();
    const ticked = { ...s, ...tickItem(s, ids(s)[0] ?? '', true, TODAY) };
    expect(canSetStatus(ticked, 'notStarted')).toBe(false);
    expect(setStatus(ticked, 'notStarted', TODAY)).toBeNull();
    expect(setStatus(stage({ status: 'inProgress', startDate: TODAY }), 'notStarted', TODAY)).toMatchObject({
      status: 'notStarted',
      startDate: '',
      endDate: '',
    });
  });

  it('ignores an item that is not in the checklist', () => {
    expect(tickItem(stage(), 'nope', true, TODAY)).toBeNull();
  });

  it('moves the current stage forward, and back to a reopened earlier stage', () => {
    expect(currentStageAfter('drumUp', 'drumUp', 'inProgress', 'done')).toBe('diagnose');
    expect(currentStageAfter('drumUp', 'design', 'notStarted', 'inProgress')).toBe('design');
    expect(currentStageAfter('design', 'diagnose', 'notStarted', 'inProgress')).toBe('design');
    expect(currentStageAfter('design', 'drumUp', 'done', 'inProgress')).toBe('drumUp');
    expect(currentStageAfter('design', 'drumUp', 'inProgress', 'done')).toBe('design');
    expect(currentStageAfter('display', 'display', 'inProgress', 'done')).toBe('display');
    expect(nextStage('deliver')).toBe('display');
  });

  it('every transition keeps a stage consistent with its checklist', () => {
    const s = stage();
    expect(isConsistent(s)).toBe(true);
    expect(isConsistent({ ...s, checklist: tickAll(s).checklist })).toBe(false);
    let cur: StageProgressFields = s;
    for (const [id, done] of [
      [0, true],
      [1, true],
      [0, false],
      [1, false],
    ] as const) {
      cur = { ...cur, ...tickItem(cur, ids(cur)[id] ?? '', done, TODAY) };
      expect(isConsistent(cur)).toBe(true);
    }
  });
});
